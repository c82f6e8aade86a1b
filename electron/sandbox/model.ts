/**
 * The sandbox program's data, as plain JSON so `--data <file>` can persist
 * it whole. Field names follow the partner API where it names them
 * (REFERENCE.md); where it does not, the sandbox's pick is documented in the
 * README's sandbox section.
 */

export type Role = 'member' | 'publisher' | 'program_manager';

export interface SandboxUser {
  id: number;
  username: string;
  display_name: string;
  full_name: string;
  employee_id: string;
  avatar_url: string;
  role: Role;
}

export const topicStates = ['active', 'published', 'hidden', 'available', 'archived'] as const;
export type TopicState = (typeof topicStates)[number];

export interface TopicPage {
  id: number;
  tab_type: string;
  position: number;
  name: string;
  preview_content: string | null;
  page_content: string | null;
}

export interface Topic {
  id: number;
  name: string;
  description: string;
  state: TopicState;
  auto_publish: boolean;
  auto_follow: boolean;
  recommended: boolean;
  targeted: boolean;
  user_submittable: boolean;
  promoted: boolean;
  /** Audience ids the topic targets. */
  groups: string[];
  contributors: number[];
  follower_ids: number[];
  pages: TopicPage[];
  created_at: string;
  updated_at: string;
}

export interface Audience {
  id: string;
  name: string;
  member_ids: number[];
}

export const createContentTypes = ['article', 'link', 'video', 'image'] as const;
export const contentTypes = [...createContentTypes, 'note'] as const;
export type ContentType = (typeof contentTypes)[number];

export const contentStates = ['archived', 'draft', 'processing', 'processing_error', 'published', 'review', 'scheduled'] as const;
export type ContentState = (typeof contentStates)[number];

export interface PostImage {
  content_image_id: number;
  url: string;
  alt_text: string | null;
}

export interface Post {
  id: number;
  uuid: string;
  content_type: ContentType;
  title: string | null;
  summary: string | null;
  body: string | null;
  /** Link posts: the target. */
  url: string | null;
  state: ContentState;
  visibility: 'private' | 'public';
  featured: boolean;
  featured_label: string | null;
  author: { user_id: number | null; display_name: string | null; avatar_url: string | null };
  channels: { id: number; hidden: boolean }[];
  images: PostImage[];
  video_ids: number[];
  source: { name: string; post_id: string | null; posted_at: string | null };
  created_at: string;
  updated_at: string;
  published_at: string | null;
  scheduled_at: string | null;
  /** While a video is processing: when it ends, and the state to return to. */
  processing_until: number | null;
  state_before_processing: ContentState | null;
}

export interface Video {
  id: number;
  content_id: number;
  source_url: string;
  embed_html: string;
  width: number;
  height: number;
  ready_at: number;
}

export interface Comment {
  id: number;
  content_id: number;
  parent_id: number | null;
  author_id: number;
  text: string;
  created_at: string;
}

export interface AccessTokenRecord {
  token_sha256: string;
  client_id: string;
  user_id: number;
  scope: string;
  expires_at: number;
  /** The refresh-token family it came from (user flows), so reuse detection can revoke it. */
  family_id: string | null;
  revoked: boolean;
}

export interface RefreshTokenRecord {
  token_sha256: string;
  family_id: string;
  client_id: string;
  user_id: number;
  scope: string;
  status: 'active' | 'used' | 'revoked';
}

export interface AuthCodeRecord {
  code_sha256: string;
  client_id: string;
  redirect_uri: string;
  user_id: number;
  scope: string;
  code_challenge: string;
  expires_at: number;
  used: boolean;
  /** The family issued from this code, revoked if the code is replayed. */
  family_id: string | null;
}

export interface SandboxState {
  format: 1;
  program: { id: number; name: string };
  users: SandboxUser[];
  audiences: Audience[];
  topics: Topic[];
  posts: Post[];
  videos: Video[];
  comments: Comment[];
  auth: { access_tokens: AccessTokenRecord[]; refresh_tokens: RefreshTokenRecord[]; codes: AuthCodeRecord[] };
  next_ids: { post: number; topic: number; image: number; video: number; comment: number; page: number };
}
