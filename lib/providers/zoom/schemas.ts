// The Zoom API's shapes, one file per area; import from here.
export * from './schemas/common';
export * from './schemas/livestream';
export * from './schemas/meeting';
export * from './schemas/registrant';
export * from '../../protocol/meeting-summary';
export * from './schemas/user';
export * from './schemas/webinar';
