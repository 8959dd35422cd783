/**
 * The "Export report…" dialog: pick the sections to include (all checked by default; a
 * section without data shows why, and prints that reason in its place if kept) and the paper
 * size, then export. The app shell mounts it and prints the
 * chosen ReportPage through `platform.exportPdf`. Built on the shared Modal (a native modal
 * <dialog>): it takes focus when it opens (its first control), Tab stays inside it and
 * Escape cancels.
 */
import { useState } from 'react';
import type { SectionChoice } from '../../../core/report';
import { Modal } from '../components/Modal';
import type { PageSize } from '../platform/platform';

export interface ExportReportDialogProps {
  /** Every section in print order (core/report `sectionChoices`), with the reason where it has no data. */
  sections: SectionChoice[];
  defaultPageSize?: PageSize;
  onExport(sections: string[], pageSize: PageSize): void;
  onCancel(): void;
}

const PAGE_SIZES: PageSize[] = ['A4', 'Letter'];

export function ExportReportDialog({ sections, defaultPageSize = 'A4', onExport, onCancel }: ExportReportDialogProps) {
  const [selected, setSelected] = useState<Set<string>>(() => new Set(sections.map((s) => s.id)));
  const [pageSize, setPageSize] = useState<PageSize>(defaultPageSize);

  const toggle = (id: string) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const chosen = sections.filter((s) => selected.has(s.id)).map((s) => s.id);

  return (
    <Modal
      title="Export report"
      onCancel={onCancel}
      testId="export-report-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={chosen.length === 0} onClick={() => onExport(chosen, pageSize)}>
            Export PDF…
          </button>
        </>
      }
    >
      <div className="export-report-dialog">
        <fieldset>
          <legend>Sections</legend>
          {sections.length === 0 && <p>No data to report yet: import a trade log first.</p>}
          {sections.map((section) => (
            <label key={section.id} className="export-report-section">
              <input type="checkbox" name="section" value={section.id} checked={selected.has(section.id)} onChange={() => toggle(section.id)} />
              <span>{section.title}</span>
              {section.unavailable === undefined ? (
                <small>{section.description}</small>
              ) : (
                <small className="export-report-unavailable">No content: {section.unavailable}. The report says so in its place.</small>
              )}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Paper size</legend>
          {PAGE_SIZES.map((size) => (
            <label key={size}>
              <input type="radio" name="page-size" value={size} checked={pageSize === size} onChange={() => setPageSize(size)} />
              {size}
            </label>
          ))}
        </fieldset>
      </div>
    </Modal>
  );
}
