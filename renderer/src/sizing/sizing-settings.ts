/** The Sizing page's settings: the one definition lives in core/app (the report of the app and of the CLI read the same record). */
export {
  DEFAULT_SIZING_SETTINGS,
  FRACTION_PRESETS,
  fractionOf,
  MAX_FRACTION,
  restoreSizingSettings,
  SIZING_SETTINGS_KEY,
  sizingRequest,
  type FractionPreset,
  type SizingSettings,
} from '../../../core/app/sizing-settings';
