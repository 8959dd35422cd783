/**
 * Help: "Coming from TradeBlocks" — each convention where Sizewise and TradeBlocks differ, with
 * the EMA figure under both and the CLI command that checks it. The text is
 * docs/coming-from-tradeblocks.md itself (one copy).
 */
import doc from '../../../docs/coming-from-tradeblocks.md?raw';
import { parseHelpDocument } from '../help/markdown-table';

const help = parseHelpDocument(doc);

export function TradeBlocksHelpPage() {
  return (
    <div className="help-page" data-testid="help-tradeblocks">
      <h2>{help.title}</h2>
      {help.intro.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <table className="data-table help-table">
        <thead>
          <tr>
            {help.header.map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {help.rows.map((row) => (
            <tr key={row[0]}>
              {row.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {help.outro.map((p) => (
        <p key={p} className="muted">
          {p}
        </p>
      ))}
    </div>
  );
}
