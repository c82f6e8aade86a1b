import type { Audience, SandboxUser, Topic, TopicState } from '../model.js';
import type { Random } from './random.js';

const topicNames = [
  'Company News', 'Leadership Updates', 'Benefits & Wellbeing', 'IT Announcements', 'Product Launches', 'Customer Stories',
  'Engineering Blog', 'Sales Wins', 'People & Culture', 'Learning & Growth', 'Safety First', 'Sustainability',
  'Diversity & Inclusion', 'Events', 'Office Life', 'Remote Work', 'Security Awareness', 'Quarterly Results',
  'Town Halls', 'Volunteering', 'New Joiners', 'Awards', 'Health & Safety', 'Facilities', 'Travel Updates',
  'Finance Corner', 'Legal & Compliance', 'Marketing Hub', 'Design Team', 'Data & Analytics', 'Support Desk',
  'Partner News', 'Europe Region', 'Americas Region', 'APAC Region', 'Tips & Tricks', 'Mentoring', 'Hackathon',
  'Old Intranet', 'Archive 2019',
];

/** A few topics are archived or hidden, as in a real program. */
function stateFor(index: number): TopicState {
  if (index >= topicNames.length - 3) return 'archived';
  if (index % 11 === 5) return 'hidden';
  return 'published';
}

export function seedTopics(random: Random, users: readonly SandboxUser[], audiences: readonly Audience[], createdAt: string): Topic[] {
  const userIds = users.map((u) => u.id);
  return topicNames.map((name, index) => {
    const id = 101 + index;
    const followers = index === 0 ? userIds : random.sample(userIds, random.int(40, 2_500)).sort((a, b) => a - b);
    return {
      id,
      name,
      description: `Posts about ${name.toLowerCase()}.`,
      state: stateFor(index),
      auto_publish: index % 4 === 0,
      auto_follow: index === 0,
      recommended: index % 5 === 0,
      targeted: index % 3 === 0,
      user_submittable: index % 6 === 0,
      promoted: index < 3,
      groups: index % 3 === 0 ? [random.pick(audiences.slice(1)).id] : [],
      contributors: [2, 3],
      follower_ids: followers,
      pages: index % 7 === 0 ? [{ id: 1_000 + index, tab_type: 'custom', position: 1, name: 'About', preview_content: `About ${name}`, page_content: `<p>Everything about ${name}.</p>` }] : [],
      created_at: createdAt,
      updated_at: createdAt,
    };
  });
}
