export * from './authenticate.js';
export * from './calendar.js';
export * from './cccd-identity.js';
export * from './expiry.js';
export * from './id-number.js';
export { maskId, type IdentityCard } from './identity-card.js';
export * from './mrz.js';
export * from './province-codes.js';
export * from './qr-payload.js';
