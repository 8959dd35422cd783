/**
 * Help: "Coming from TradeBlocks" — each convention where Sizewise and TradeBlocks differ, with
 * the EMA figure under both and the CLI command that checks it. The text is
 * docs/coming-from-tradeblocks.md itself (one copy).
 */
import doc from '../../../docs/coming-from-tradeblocks.md?raw';
import { parseHelpDocument } from '../help/markdown-table';

const help = parseHelpDocument(doc);

/** Text with `code` spans shown as code. */
function Inline({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : <span key={i}>{part}</span>))}
    </>
  );
}

export function TradeBlocksHelpPage() {
  return (
    <div className="help-page" data-testid="help-tradeblocks">
      {help.intro.map((p) => (
        <p key={p}>
          <Inline text={p} />
        </p>
      ))}
      <table className="help-table">
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
                <td key={i}>
                  <Inline text={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {help.outro.map((p) => (
        <p key={p} className="muted">
          <Inline text={p} />
        </p>
      ))}
    </div>
  );
}
