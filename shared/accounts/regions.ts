/**
 * Firstup's regions (REFERENCE.md §1.1). A program lives in exactly one, and
 * its API host and auth host must be used as a pair: a token from one auth
 * server is worthless on another region's API.
 */
export const firstupRegions = ['us1', 'us2', 'eu'] as const;

export type FirstupRegion = (typeof firstupRegions)[number];

export interface RegionEndpoints {
  readonly label: string;
  readonly apiBaseUrl: string;
  readonly authBaseUrl: string;
}

export const regionEndpoints: Readonly<Record<FirstupRegion, RegionEndpoints>> = {
  us1: { label: 'US1', apiBaseUrl: 'https://partner.socialchorus.com', authBaseUrl: 'https://auth.socialchorus.com' },
  us2: { label: 'US2', apiBaseUrl: 'https://partner.us2.onfirstup.com', authBaseUrl: 'https://auth.us2.onfirstup.com' },
  eu: { label: 'EU', apiBaseUrl: 'https://partner.onfirstup.eu', authBaseUrl: 'https://auth.onfirstup.eu' },
};
