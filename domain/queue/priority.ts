/**
 * The citizens a one-stop service point serves first. The wording follows the rules for one-stop
 * points (Decree 61/2018/NĐ-CP, carried over by its successor Decree 118/2025/NĐ-CP): older people,
 * people with disabilities, pregnant women, people with a young child "dưới 36 tháng tuổi" (under
 * 36 months: the decrees' figure, not the "under six" of the Law on Children, which is about health
 * insurance), and people with meritorious service to the revolution.
 */
import { z } from 'zod';
import type { LocalizedText } from '../config/schema.js';

export const PRIORITY_GROUP_IDS = ['elderly', 'disability', 'pregnant', 'young-child', 'meritorious'] as const;
export const priorityGroupIdSchema = z.enum(PRIORITY_GROUP_IDS);
export type PriorityGroupId = z.infer<typeof priorityGroupIdSchema>;

export interface PriorityGroup {
  id: PriorityGroupId;
  /** Fits a kiosk button: one tap declares it. */
  button: LocalizedText;
  /** The group as the rules name it, for staff screens and the ticket status page. */
  name: LocalizedText;
  /**
   * What staff may ask to see at the counter, or null when nothing: a declaration is taken in good
   * faith, and nobody is asked to prove a pregnancy or a visible disability.
   */
  proof: LocalizedText | null;
}

export const PRIORITY_GROUPS: Record<PriorityGroupId, PriorityGroup> = {
  elderly: {
    id: 'elderly',
    button: { vi: 'Người cao tuổi', en: 'Older person' },
    name: { vi: 'Người cao tuổi', en: 'Older person' },
    proof: { vi: 'Thẻ căn cước (nếu chưa đọc thẻ tại kiosk)', en: 'ID card (if it was not read at the kiosk)' },
  },
  disability: {
    id: 'disability',
    button: { vi: 'Người khuyết tật', en: 'Disability' },
    name: { vi: 'Người khuyết tật', en: 'Person with a disability' },
    proof: {
      vi: 'Giấy xác nhận khuyết tật, chỉ khi khuyết tật không nhìn thấy được',
      en: 'Disability certificate, only when the disability cannot be seen',
    },
  },
  pregnant: {
    id: 'pregnant',
    button: { vi: 'Phụ nữ mang thai', en: 'Pregnant' },
    name: { vi: 'Phụ nữ có thai', en: 'Pregnant woman' },
    proof: null,
  },
  'young-child': {
    id: 'young-child',
    button: { vi: 'Có con nhỏ', en: 'With a young child' },
    name: { vi: 'Người có con nhỏ dưới 36 tháng tuổi', en: 'Parent of a child under 36 months' },
    proof: null,
  },
  meritorious: {
    id: 'meritorious',
    button: { vi: 'Người có công', en: 'Meritorious service' },
    name: { vi: 'Người có công với cách mạng', en: 'Person of meritorious service to the revolution' },
    proof: { vi: 'Giấy chứng nhận người có công', en: 'Certificate of meritorious service' },
  },
};

/** Printed beside the number and shown on the board, so staff and citizens see why it came first. */
export const PRIORITY_MARK: LocalizedText = { vi: 'ƯU TIÊN', en: 'PRIORITY' };

/** The Law on the Elderly sets 60; the service point's config may set another threshold. */
export function qualifiesAsElderly(age: number | null, elderlyAge: number): boolean {
  return age !== null && age >= elderlyAge;
}
