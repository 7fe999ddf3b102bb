/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO 8601 date-time in UTC, e.g. 2026-11-29T08:00:00.000Z */
  DateTime: { input: string; output: string; }
  /** Arbitrary JSON (used for data exports and audit details) */
  JSON: { input: unknown; output: unknown; }
};

export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  actor?: Maybe<Person>;
  createdAt: Scalars['DateTime']['output'];
  details: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  subjectId: Scalars['ID']['output'];
  subjectType: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** 楼栋: belongs to one compound and one grid. */
export type Building = {
  __typename?: 'Building';
  compound: Compound;
  grid: Grid;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type ClaimHouseholdInput = {
  areaM2: Scalars['Float']['input'];
  buildingId: Scalars['ID']['input'];
  relation?: InputMaybe<HouseholdRelation>;
  room: Scalars['String']['input'];
  unit: Scalars['String']['input'];
};

export type ClaimStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

/** 社区: grids and compounds belong to a community. */
export type Community = {
  __typename?: 'Community';
  compounds: Array<Compound>;
  grids: Array<Grid>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  street: Street;
};

/** 小区: a residential compound. */
export type Compound = {
  __typename?: 'Compound';
  buildings: Array<Building>;
  community: Community;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type GrantRoleInput = {
  personId: Scalars['ID']['input'];
  role: Role;
  /** A grid for GRID_WORKER, a compound for STEWARD, COMMITTEE and ADVISOR, a community for ADMIN. */
  scopeId: Scalars['ID']['input'];
};

/** 网格: a grid worker's patch of buildings. */
export type Grid = {
  __typename?: 'Grid';
  buildings: Array<Building>;
  community: Community;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type Household = {
  __typename?: 'Household';
  areaM2: Scalars['Float']['output'];
  building: Building;
  id: Scalars['ID']['output'];
  relation: HouseholdRelation;
  room: Scalars['String']['output'];
  unit: Scalars['String']['output'];
  verifiedAt: Scalars['DateTime']['output'];
};

export type HouseholdClaim = {
  __typename?: 'HouseholdClaim';
  areaM2: Scalars['Float']['output'];
  building: Building;
  claimant?: Maybe<Person>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  relation: HouseholdRelation;
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  room: Scalars['String']['output'];
  status: ClaimStatus;
  unit: Scalars['String']['output'];
};

export type HouseholdClaimConnection = {
  __typename?: 'HouseholdClaimConnection';
  edges: Array<HouseholdClaimEdge>;
  pageInfo: PageInfo;
};

export type HouseholdClaimEdge = {
  __typename?: 'HouseholdClaimEdge';
  cursor: Scalars['String']['output'];
  node: HouseholdClaim;
};

export type HouseholdRelation =
  | 'FAMILY'
  | 'OWNER'
  | 'TENANT';

export type InboxMessage = {
  __typename?: 'InboxMessage';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  read: Scalars['Boolean']['output'];
  subjectId?: Maybe<Scalars['ID']['output']>;
  /** What the message is about, so a tap can open it: e.g. HouseholdClaim, Notice. */
  subjectType?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type InboxMessageConnection = {
  __typename?: 'InboxMessageConnection';
  edges: Array<InboxMessageEdge>;
  pageInfo: PageInfo;
};

export type InboxMessageEdge = {
  __typename?: 'InboxMessageEdge';
  cursor: Scalars['String']['output'];
  node: InboxMessage;
};

/** An uploaded image. Upload with POST /media (multipart, field `file`); read through `url`, signed and short-lived. */
export type Media = {
  __typename?: 'Media';
  id: Scalars['ID']['output'];
  mime: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  /** A signed URL that expires; null when the viewer may not see the thing the file belongs to. */
  url?: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 我已阅读: idempotent. */
  acknowledgeNotice: Notice;
  claimHousehold: HouseholdClaim;
  /** Removes or anonymises everything held about the viewer and ends every session. */
  deleteMyAccount: Scalars['Boolean']['output'];
  grantRole: RoleAssignment;
  markAllInboxRead: Scalars['Int']['output'];
  /** Marks the viewer's messages read; returns how many changed. */
  markInboxRead: Scalars['Int']['output'];
  /** Records that the viewer read it (once per person). */
  markNoticeRead: Notice;
  /** Always true. */
  ping: Scalars['Boolean']['output'];
  publishNotice: Notice;
  reviewHouseholdClaim: HouseholdClaim;
  revokeRole: RoleAssignment;
  /** Development and test sign-in by handle; refused when NODE_ENV=production. */
  signInDev: Session;
  /** Exchanges a wx.login code through WeChat's code2Session. */
  signInWithWeChat: Session;
  signOut: Scalars['Boolean']['output'];
  updateNotice: Notice;
  updateProfile: Viewer;
  withdrawNotice: Notice;
};


export type MutationAcknowledgeNoticeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationClaimHouseholdArgs = {
  input: ClaimHouseholdInput;
};


export type MutationGrantRoleArgs = {
  input: GrantRoleInput;
};


export type MutationMarkInboxReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationMarkNoticeReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishNoticeArgs = {
  input: PublishNoticeInput;
};


export type MutationReviewHouseholdClaimArgs = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRevokeRoleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSignInDevArgs = {
  handle: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSignInWithWeChatArgs = {
  code: Scalars['String']['input'];
};


export type MutationUpdateNoticeArgs = {
  id: Scalars['ID']['input'];
  input: UpdateNoticeInput;
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationWithdrawNoticeArgs = {
  id: Scalars['ID']['input'];
};

export type Notice = {
  __typename?: 'Notice';
  acknowledgedCount: Scalars['Int']['output'];
  /** Who has and has not acknowledged, by building: staff in scope only (FORBIDDEN otherwise). */
  acknowledgementsByBuilding: Array<NoticeAcknowledgementGroup>;
  /** Sanitised HTML (allow-list), ready for RichText. */
  body: Scalars['String']['output'];
  category: NoticeCategory;
  community: Community;
  /** Set when the audience is one compound; null means the whole community. */
  compound?: Maybe<Compound>;
  cover?: Maybe<Media>;
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  pinned: Scalars['Boolean']['output'];
  publishedAt: Scalars['DateTime']['output'];
  /** Distinct signed-in readers. */
  readCount: Scalars['Int']['output'];
  requiresAck: Scalars['Boolean']['output'];
  status: NoticeStatus;
  /** Plain-text opening of the body, for lists and share cards. */
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Whether the viewer may edit or withdraw it. */
  viewerCanEdit: Scalars['Boolean']['output'];
  viewerHasAcknowledged: Scalars['Boolean']['output'];
  viewerHasRead: Scalars['Boolean']['output'];
};

export type NoticeAcknowledgementGroup = {
  __typename?: 'NoticeAcknowledgementGroup';
  acknowledged: Array<Person>;
  building: Building;
  pending: Array<Person>;
};

export type NoticeCategory =
  | 'ANNOUNCEMENT'
  | 'INTEGRITY_CULTURE'
  | 'POLICY_EXPLAINED'
  | 'RESIDENTS_COVENANT'
  | 'SAFETY_TIP';

export type NoticeConnection = {
  __typename?: 'NoticeConnection';
  edges: Array<NoticeEdge>;
  pageInfo: PageInfo;
};

export type NoticeEdge = {
  __typename?: 'NoticeEdge';
  cursor: Scalars['String']['output'];
  node: Notice;
};

export type NoticeStatus =
  | 'PUBLISHED'
  | 'WITHDRAWN';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Another person, as the viewer may see them: real name and full phone only for staff in scope. */
export type Person = {
  __typename?: 'Person';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  realName?: Maybe<Scalars['String']['output']>;
};

export type PublishNoticeInput = {
  body: Scalars['String']['input'];
  category: NoticeCategory;
  communityId: Scalars['ID']['input'];
  /** Limit the audience to one compound of the community. */
  compoundId?: InputMaybe<Scalars['ID']['input']>;
  coverId?: InputMaybe<Scalars['ID']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  pinned?: InputMaybe<Scalars['Boolean']['input']>;
  requiresAck?: InputMaybe<Scalars['Boolean']['input']>;
  title: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Staff actions in a community, newest first; admins of that community only. */
  auditLog: AuditEntryConnection;
  building?: Maybe<Building>;
  /** Every community with its compounds and buildings; works signed out. */
  communities: Array<Community>;
  community?: Maybe<Community>;
  /** Everything held about the viewer (PIPL). */
  exportMyData: Scalars['JSON']['output'];
  /** Claims in the viewer's staff scope, oldest first. */
  householdClaimsToReview: HouseholdClaimConnection;
  /** null when missing or not visible to the viewer; no side effect. */
  notice?: Maybe<Notice>;
  /** Visible notices, pinned first then newest; works signed out. */
  notices: NoticeConnection;
  /** People an admin may grant a role to: residents with a verified household or staff in the community. */
  peopleInScope: Array<Person>;
  /** Always true: lets a client check that the gateway answers. */
  ping: Scalars['Boolean']['output'];
  /** Staff roles in the viewer's admin scope. */
  staffRoles: RoleAssignmentConnection;
  /** Visible notices the viewer has not read (0 when signed out). */
  unreadNoticeCount: Scalars['Int']['output'];
  /** null when signed out. */
  viewer?: Maybe<Viewer>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBuildingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommunityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHouseholdClaimsToReviewArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ClaimStatus>;
};


export type QueryNoticeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<NoticeCategory>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  pinned?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPeopleInScopeArgs = {
  communityId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStaffRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUnreadNoticeCountArgs = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
};

export type Role =
  | 'ADMIN'
  | 'ADVISOR'
  | 'COMMITTEE'
  | 'GRID_WORKER'
  | 'RESIDENT'
  | 'STEWARD';

export type RoleAssignment = {
  __typename?: 'RoleAssignment';
  community: Community;
  grantedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  person: Person;
  role: Role;
  scopeId: Scalars['ID']['output'];
  scopeKind: ScopeKind;
  scopeName: Scalars['String']['output'];
};

export type RoleAssignmentConnection = {
  __typename?: 'RoleAssignmentConnection';
  edges: Array<RoleAssignmentEdge>;
  pageInfo: PageInfo;
};

export type RoleAssignmentEdge = {
  __typename?: 'RoleAssignmentEdge';
  cursor: Scalars['String']['output'];
  node: RoleAssignment;
};

export type ScopeKind =
  | 'COMMUNITY'
  | 'COMPOUND'
  | 'GRID';

export type Session = {
  __typename?: 'Session';
  expiresAt: Scalars['DateTime']['output'];
  token: Scalars['String']['output'];
  viewer: Viewer;
};

/** 街道: a street office; communities belong to it. */
export type Street = {
  __typename?: 'Street';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type UpdateNoticeInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<NoticeCategory>;
  coverId?: InputMaybe<Scalars['ID']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  pinned?: InputMaybe<Scalars['Boolean']['input']>;
  requiresAck?: InputMaybe<Scalars['Boolean']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProfileInput = {
  nickname?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  realName?: InputMaybe<Scalars['String']['input']>;
};

/** The signed-in person, as they see themselves. */
export type Viewer = {
  __typename?: 'Viewer';
  claims: Array<HouseholdClaim>;
  displayName: Scalars['String']['output'];
  /** The community the app opens on: the first verified household's, else the first staff role's. */
  homeCommunity?: Maybe<Community>;
  households: Array<Household>;
  id: Scalars['ID']['output'];
  inbox: InboxMessageConnection;
  isStaff: Scalars['Boolean']['output'];
  /** Only the viewer's own phone is shown unmasked here. */
  phone?: Maybe<Scalars['String']['output']>;
  realName?: Maybe<Scalars['String']['output']>;
  roles: Array<RoleAssignment>;
  unreadCount: Scalars['Int']['output'];
};


/** The signed-in person, as they see themselves. */
export type ViewerInboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type NoticesListQueryVariables = Exact<{
  communityId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<NoticeCategory>;
  search?: InputMaybe<Scalars['String']['input']>;
  pinned?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type NoticesListQuery = { __typename?: 'Query', notices: { __typename?: 'NoticeConnection', edges: Array<{ __typename?: 'NoticeEdge', cursor: string, node: { __typename?: 'Notice', id: string, title: string, category: NoticeCategory, summary: string, pinned: boolean, requiresAck: boolean, readCount: number, viewerHasRead: boolean, viewerHasAcknowledged: boolean, publishedAt: string, cover?: { __typename?: 'Media', id: string, url?: string | null } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };


export const NoticesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pinned"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"pinned"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pinned"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAck"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasRead"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasAcknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<NoticesListQuery, NoticesListQueryVariables>;