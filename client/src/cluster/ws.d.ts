// `ws` ships no types of its own (and @types/ws is not installed); webSocket.ts types what it uses.
declare module 'ws';
