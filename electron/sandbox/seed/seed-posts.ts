import type { Comment, ContentState, ContentType, Post, Topic } from '../model.js';
import type { Random } from './random.js';

const headlines = [
  'Welcome to the new intranet', 'Q3 results at a glance', 'Open enrolment starts Monday', 'Meet our new CTO',
  'How we shipped the mobile app', 'Five tips for focused work', 'Town hall recap', 'Security: spot the phish',
  'Our sustainability report', 'Volunteering day photos', 'New office in Lisbon', 'Customer story: Acme Corp',
  'Hackathon winners', 'Benefits FAQ', 'Travel policy update', 'Learning week schedule', 'Product launch: Orbit',
  'Mentoring programme opens', 'Quarterly awards', 'Remote work guidelines', 'Facilities maintenance notice',
  'Data privacy refresher', 'Sales kickoff highlights', 'Wellbeing month', 'IT outage post-mortem',
  'Leadership offsite notes', 'Design system 2.0', 'Diversity report', 'Safety week', 'Year in review',
];

/** Every state and type appears; the spread is fixed so tests can rely on it. */
const plan: readonly [ContentState, ContentType][] = [
  ['published', 'article'], ['published', 'article'], ['published', 'link'], ['published', 'image'], ['published', 'video'],
  ['published', 'note'], ['published', 'article'], ['published', 'article'], ['published', 'article'], ['published', 'link'],
  ['draft', 'article'], ['draft', 'article'], ['draft', 'link'], ['draft', 'image'], ['draft', 'video'],
  ['review', 'article'], ['review', 'article'], ['review', 'link'],
  ['scheduled', 'article'], ['scheduled', 'image'],
  ['archived', 'article'], ['archived', 'link'], ['archived', 'note'],
  ['processing', 'video'], ['processing_error', 'video'],
  ['published', 'article'], ['draft', 'article'], ['review', 'image'], ['archived', 'article'], ['published', 'article'],
];

const sources = ['oauthclient', 'studio', 'studio', 'rss', 'submitted'];

export function seedPosts(random: Random, topics: readonly Topic[], baseTime: number): Post[] {
  const usable = topics.filter((topic) => topic.state !== 'archived');
  return plan.map(([state, contentType], index) => {
    const created = new Date(baseTime - (plan.length - index) * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const title = headlines[index % headlines.length]!;
    const channelIds = random.sample(usable, random.int(1, 3)).map((topic) => topic.id);
    return {
      id: 5_001 + index,
      uuid: random.uuid(),
      content_type: contentType,
      title,
      summary: `${title}: what you need to know.`,
      body: contentType === 'link' ? null : `<p>${title}. This post is part of the sandbox program.</p>`,
      url: contentType === 'link' ? `https://example.com/articles/${index + 1}` : null,
      state,
      visibility: index % 4 === 0 ? 'public' : 'private',
      featured: index % 9 === 0,
      featured_label: index % 9 === 0 ? 'Must read' : null,
      author: { user_id: 2, display_name: 'Pat Publisher', avatar_url: 'https://avatars.sandbox.invalid/2.png' },
      channels: channelIds.map((id) => ({ id, hidden: false })),
      images: contentType === 'image' ? [{ content_image_id: 9_001 + index, url: `https://images.sandbox.invalid/${index + 1}.jpg`, alt_text: `Illustration for ${title}` }] : [],
      video_ids: [],
      source: { name: sources[index % sources.length]!, post_id: index % 5 === 0 ? `seed-${index + 1}` : null, posted_at: null },
      created_at: created,
      updated_at: created,
      published_at: state === 'published' ? created : null,
      scheduled_at: state === 'scheduled' ? new Date(baseTime + (index + 1) * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z') : null,
      // Seeded processing never finishes on its own; a video added through the API does.
      processing_until: null,
      state_before_processing: null,
    };
  });
}

const remarks = ['Great news!', 'Thanks for sharing.', 'Where can I find more details?', 'Congratulations to the team!', 'Very helpful, thank you.', 'Looking forward to it.'];

export function seedComments(random: Random, posts: readonly Post[], createdAt: string): Comment[] {
  const comments: Comment[] = [];
  let id = 70_001;
  for (const post of posts.filter((p) => p.state === 'published').slice(0, 6)) {
    for (let i = 0; i < random.int(2, 5); i += 1) {
      const parent = id;
      comments.push({ id: id++, content_id: post.id, parent_id: null, author_id: random.int(5, 5_000), text: random.pick(remarks), created_at: createdAt });
      for (let r = 0; r < random.int(0, 2); r += 1) {
        comments.push({ id: id++, content_id: post.id, parent_id: parent, author_id: random.int(5, 5_000), text: random.pick(remarks), created_at: createdAt });
      }
    }
  }
  return comments;
}
