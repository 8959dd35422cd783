/**
 * The calculator's risk rules, editable and saved in the workspace: the portfolio rules
 * (Kelly fraction, position size, symbol exposure, capital at risk, correlated exposure, in
 * percent) and per asset class whether shorting is allowed, the intraday and overnight
 * leverage limits and the max contracts per position (empty = no limit).
 */
import { ASSET_CLASSES } from '../../../core/calculator';
import { InfoTip } from '../components/InfoTip';
import { calculatorHelp } from './calculator-help';
import { ASSET_LABELS, ASSET_RULE_LIMITS, DEFAULT_RULES_FORM, PORTFOLIO_RULE_KEYS, type AssetRulesForm, type PortfolioRuleKey, type RulesForm } from './calculator-form';
import { fieldId, TextField } from './TextField';

const PORTFOLIO_RULE_LABELS: Record<PortfolioRuleKey, string> = {
  kellyFraction: 'Kelly fraction',
  maxPositionFraction: 'Max per position',
  maxSymbolExposure: 'Max per symbol',
  maxCapitalAtRisk: 'Max capital at risk',
  maxCorrelatedExposure: 'Max correlated',
};

const PORTFOLIO_RULE_HELP: Record<PortfolioRuleKey, string> = {
  kellyFraction: 'Share of full Kelly to use: 50 = half Kelly.',
  maxPositionFraction: 'Most capital one position may commit (its cost, or its margin when given), % of equity.',
  maxSymbolExposure: 'Most gross exposure to one symbol, the existing position included, % of equity.',
  maxCapitalAtRisk: 'Most capital at risk across the portfolio (loss per unit × quantity, summed), % of equity.',
  maxCorrelatedExposure: 'Most exposure in positions correlated with this one (when you hold any), % of equity.',
};

const LIMIT_LABELS: Record<(typeof ASSET_RULE_LIMITS)[number], string> = {
  maxLeverageIntraday: 'Leverage intraday',
  maxLeverageOvernight: 'Leverage overnight',
  maxContracts: 'Max contracts',
};

interface RulesPanelProps {
  rules: RulesForm;
  errors: Record<string, string>;
  onChange(change: (previous: RulesForm) => RulesForm): void;
}

export function RulesPanel({ rules, errors, onChange }: RulesPanelProps) {
  const setAsset = (assetClass: (typeof ASSET_CLASSES)[number], change: Partial<AssetRulesForm>) =>
    onChange((previous) => ({ ...previous, assets: { ...previous.assets, [assetClass]: { ...previous.assets[assetClass], ...change } } }));

  return (
    <section className="panel rules-panel" aria-label="Risk rules" data-testid="rules-panel">
      <header className="panel-header">
        <h2 className="panel-title">Risk rules</h2>
        <InfoTip text={calculatorHelp.rules} label="risk rules" />
        <button type="button" className="button button-quiet rules-reset" onClick={() => onChange(() => DEFAULT_RULES_FORM)}>
          Reset to defaults
        </button>
      </header>
      <div className="rules-portfolio">
        {PORTFOLIO_RULE_KEYS.map((key) => (
          <TextField
            key={key}
            path={`rules.${key}`}
            label={PORTFOLIO_RULE_LABELS[key]}
            help={PORTFOLIO_RULE_HELP[key]}
            suffix="%"
            value={rules[key]}
            onChange={(value) => onChange((previous) => ({ ...previous, [key]: value }))}
            error={errors[`rules.${key}`]}
          />
        ))}
      </div>
      <div className="table-scroll">
        <table className="data-table compact rules-table">
          <thead>
            <tr>
              <th>Asset class</th>
              <th>Short allowed</th>
              {ASSET_RULE_LIMITS.map((limit) => (
                <th key={limit} className="numeric">
                  {LIMIT_LABELS[limit]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ASSET_CLASSES.map((assetClass) => {
              const asset = rules.assets[assetClass];
              return (
                <tr key={assetClass} data-asset={assetClass}>
                  <td>{ASSET_LABELS[assetClass]}</td>
                  <td>
                    <input type="checkbox" aria-label={`${ASSET_LABELS[assetClass]}: short allowed`} checked={asset.allowShort} onChange={(event) => setAsset(assetClass, { allowShort: event.target.checked })} />
                  </td>
                  {ASSET_RULE_LIMITS.map((limit) => {
                    const path = `rules.assets.${assetClass}.${limit}`;
                    const error = errors[path];
                    return (
                      <td key={limit} className="numeric" data-field={path}>
                        <span className={error ? 'number-input invalid' : 'number-input'}>
                          <input
                            id={fieldId(path)}
                            type="text"
                            inputMode="decimal"
                            aria-label={`${ASSET_LABELS[assetClass]}: ${LIMIT_LABELS[limit]}`}
                            placeholder="no limit"
                            value={asset[limit]}
                            aria-invalid={error ? true : undefined}
                            onChange={(event) => setAsset(assetClass, { [limit]: event.target.value })}
                          />
                          {limit !== 'maxContracts' && <span className="affix">×</span>}
                        </span>
                        {error && (
                          <span className="field-error" role="alert">
                            {error}
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
