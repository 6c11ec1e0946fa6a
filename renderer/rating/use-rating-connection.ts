/**
 * A rating page's connection as React state: whether it is connected now and ever was, and a
 * `request` that answers `lost` while it is not. The page says what it wants on every (re)open.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RatableTicket } from '../../bridge/rating-protocol.js';
import { type RatingCommand, type RatingConnection, type RatingReply, connectRating } from './rating-connection.js';

export interface RatingLink {
  connected: boolean;
  everConnected: boolean;
  request(command: RatingCommand): Promise<RatingReply>;
}

export function useRatingConnection(onOpen: (request: RatingLink['request']) => void, onRatable: (ticket: RatableTicket | null) => void = () => {}): RatingLink {
  const [connected, setConnected] = useState(false);
  const [everConnected, setEverConnected] = useState(false);
  const connection = useRef<RatingConnection | null>(null);
  const handlers = useRef({ onOpen, onRatable });
  useEffect(() => {
    handlers.current = { onOpen, onRatable };
  });

  const request = useCallback(
    (command: RatingCommand) => connection.current?.request(command) ?? Promise.resolve<RatingReply>({ ok: false, reason: 'lost' }),
    [],
  );

  useEffect(() => {
    const live = connectRating({
      open() {
        setConnected(true);
        setEverConnected(true);
        handlers.current.onOpen(request);
      },
      lost: () => setConnected(false),
      ratable: (ticket) => handlers.current.onRatable(ticket),
    });
    connection.current = live;
    return () => live.close();
  }, [request]);

  return { connected, everConnected, request };
}
