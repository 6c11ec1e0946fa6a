import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/I18nProvider.js';
import { useSendFrame } from '../send-context.js';

/** How often a frame is sent: the kiosk reads one at a time and drops the rest. */
const FRAME_INTERVAL_MS = 500;
const JPEG_QUALITY = 0.85;

/**
 * The live guide: what the camera sees, so the citizen can place the card, while frames go to
 * the kiosk to be read. Frames live in memory only; the camera stops when this unmounts.
 */
export function CardCamera() {
  const t = useT();
  const sendFrame = useSendFrame();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    const canvas = document.createElement('canvas');
    const capture = () => {
      const element = video.current;
      if (!element || element.videoWidth === 0) return;
      canvas.width = element.videoWidth;
      canvas.height = element.videoHeight;
      canvas.getContext('2d')?.drawImage(element, 0, 0);
      canvas.toBlob(
        (blob) => {
          if (blob && !stopped) void blob.arrayBuffer().then((bytes) => sendFrame(new Uint8Array(bytes)));
        },
        'image/jpeg',
        JPEG_QUALITY,
      );
    };
    navigator.mediaDevices
      ?.getUserMedia({ video: { facingMode: 'environment', width: { ideal: 1280 }, height: { ideal: 720 } }, audio: false })
      .then((media) => {
        stream = media;
        if (stopped) return media.getTracks().forEach((track) => track.stop());
        if (video.current) video.current.srcObject = media;
        timer = setInterval(capture, FRAME_INTERVAL_MS);
      })
      .catch(() => setFailed(true));
    return () => {
      stopped = true;
      clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [sendFrame]);

  if (failed) return <p className="card-camera__failed" role="alert">{t('identify.cameraFailed')}</p>;
  return (
    <div className="card-camera" data-testid="card-camera">
      <video ref={video} className="card-camera__video" autoPlay muted playsInline aria-label={t('identify.cameraLabel')} />
      <div className="card-camera__frame" aria-hidden="true" />
    </div>
  );
}
