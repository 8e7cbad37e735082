// 会议: the township congress's sessions (人代会), the presidium's meetings (主席团会议) and the
// presidium's reports to the party committee (向党委汇报), each a list of its own on one page.
import { PartyReportsList } from './PartyReportsList';
import { PresidiumMeetingsList } from './PresidiumMeetingsList';
import { SessionsList } from './SessionsList';
import './meetings.css';

/** The sections of the page, with the anchors the handbook links to. */
const SECTIONS = [
  { id: 'sessions', title: '人代会', List: SessionsList },
  { id: 'presidium-meetings', title: '主席团会议', List: PresidiumMeetingsList },
  { id: 'party-reports', title: '向党委汇报', List: PartyReportsList },
] as const;

/** The meetings page island. */
export function MeetingsPage() {
  return (
    <div class="meetings-page">
      <nav class="meetings-nav" aria-label="本页各类会议">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {SECTIONS.map(({ id, title, List }) => (
        <section key={id} id={id} class="meetings-section" aria-labelledby={`${id}-heading`}>
          <h2 id={`${id}-heading`}>{title}</h2>
          <List />
        </section>
      ))}
    </div>
  );
}
