const stateLabels: Readonly<Record<string, string>> = {
  published: 'Published',
  active: 'Active',
  available: 'Available',
  hidden: 'Hidden',
  archived: 'Archived',
};

/** A topic's state in words; the enum is in doubt (REFERENCE.md §6.1), so an unknown one is shown as Firstup wrote it. */
export function topicStateLabel(state: string): string {
  return stateLabels[state] ?? state.charAt(0).toUpperCase() + state.slice(1).replaceAll('_', ' ');
}

const count = new Intl.NumberFormat();

export function followersLabel(followers: number | null): string {
  if (followers === null) return 'Followers not known';
  return `${count.format(followers)} ${followers === 1 ? 'follower' : 'followers'}`;
}
