/**
 * A list of notices grouped across strategies (core/format/notice-groups): one bullet per
 * distinct notice, most severe first, each expandable to the strategies it concerns (with
 * their own figures when they differ). Used by the Overview and the Sizing warnings; the
 * report's warnings section prints the same groups as text.
 */
import type { NoticeGroup } from '../../../core/format/notice-groups';

const SEVERITY_LABEL: Record<NoticeGroup['severity'], string> = { critical: 'Serious', warning: 'Warning', info: 'Note' };

export function GroupedNotices({ groups, testId, tone = 'warning' }: { groups: NoticeGroup[]; testId: string; tone?: 'warning' | 'info' }) {
  if (groups.length === 0) return null;
  return (
    <div className={`callout callout-${tone} grouped-notices`} role="status" data-testid={testId}>
      <ul>
        {groups.map((group) => {
          const label = group.severity === 'critical' ? <span className="notice-severity">{SEVERITY_LABEL.critical}: </span> : null;
          return (
            <li key={group.line} className={`notice-group notice-group-${group.severity}`} data-severity={group.severity}>
              {group.members.length > 1 ? (
                <details>
                  <summary>
                    {label}
                    {group.line}
                  </summary>
                  <ul className="notice-members">
                    {group.members.map((member) => (
                      <li key={`${member.subject}\u0000${member.text}`}>
                        <strong>{member.subject}</strong>
                        {group.varies ? `: ${member.text}` : ''}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : (
                <span>
                  {label}
                  {group.line}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
