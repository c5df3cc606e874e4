import type { ChannelLensApi } from '../../src/state/automation';

declare global {
  interface Window { channelLens: ChannelLensApi }
}
export {};
