import type { TAdminTeam } from '@lotse/shared';

/** The office's teams; choosing one opens its contact details. */
export function TeamList(props: { teams: TAdminTeam[]; selected: string; onSelect: (id: string) => void }) {
  return (
    <nav aria-label="Teams">
      <ul className="plain-list admin-step-list">
        {props.teams.map((team) => (
          <li key={team.id}>
            <button
              type="button"
              className="admin-step-button"
              aria-current={team.id === props.selected ? 'true' : undefined}
              onClick={() => props.onSelect(team.id)}
            >
              <span className="admin-step-title">{team.name}</span>
              <span className="admin-step-prompt">{team.hours ?? 'Keine Sprechzeiten eingetragen'}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
