export * from './api';
export * from './dto';
export * from './events';
export * from './wire';
export * from './files';
export * from './mentions';
