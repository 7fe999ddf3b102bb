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
  /** An amount of money in integer fen (分), as a decimal string: GraphQL Int is 32-bit and a compound's year passes ¥21 million. Never a float. */
  Fen: { input: string; output: string; }
  /** Arbitrary JSON (used for data exports and audit details) */
  JSON: { input: unknown; output: unknown; }
};

export type Acceptance = {
  __typename?: 'Acceptance';
  accepted: Scalars['Int']['output'];
  sentBack: Scalars['Int']['output'];
  viewerAnswer?: Maybe<Scalars['Boolean']['output']>;
};

/** 活动: an event of a community that residents sign up for. */
export type Activity = {
  __typename?: 'Activity';
  cancelReason?: Maybe<Scalars['String']['output']>;
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  capacity: Scalars['Int']['output'];
  community: Community;
  /** Sum of party sizes of CONFIRMED and ATTENDED registrations. */
  confirmedSeats: Scalars['Int']['output'];
  cover?: Maybe<Media>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  eligibility: Eligibility;
  endsAt: Scalars['DateTime']['output'];
  /** Staff in scope: attendance and sign-up figures. */
  figures?: Maybe<ActivityFigures>;
  id: Scalars['ID']['output'];
  kind: ActivityKind;
  /** Materials per participant, e.g. 艾草包 1 份/人. */
  materials: Array<ActivityMaterial>;
  maxPartySize: Scalars['Int']['output'];
  needsApproval: Scalars['Boolean']['output'];
  /** The staff member who created the activity. */
  organiser: Person;
  /** Co-organisers, e.g. 山西银行阳泉洪城路社区支行. */
  partners: Array<Scalars['String']['output']>;
  /** PENDING registrations awaiting review (staff only, else 0). */
  pendingCount: Scalars['Int']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The organiser's questions every registration answers, e.g. 姓名 (NAME), 联系电话 (PHONE), 年龄段 (CHOICE). */
  questions: Array<SignUpQuestion>;
  /** Staff in scope: registrations in arrival order; phones masked as for Person. */
  registrations: RegistrationConnection;
  seatsLeft: Scalars['Int']['output'];
  /** The scene of the activity's mini-program code. */
  shortCode?: Maybe<Scalars['String']['output']>;
  signUpDeadline: Scalars['DateTime']['output'];
  /** Whether sign-up is still open (published, before the deadline). */
  signUpOpen: Scalars['Boolean']['output'];
  startsAt: Scalars['DateTime']['output'];
  status: ActivityStatus;
  title: Scalars['String']['output'];
  venue: Scalars['String']['output'];
  viewerCanManage: Scalars['Boolean']['output'];
  viewerHasReminder: Scalars['Boolean']['output'];
  /** The viewer's active registration (or the latest one), null when none or signed out. */
  viewerRegistration?: Maybe<Registration>;
  waitlist: Scalars['Boolean']['output'];
  waitlistCount: Scalars['Int']['output'];
};


/** 活动: an event of a community that residents sign up for. */
export type ActivityRegistrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RegistrationStatus>>;
};

export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  edges: Array<ActivityEdge>;
  pageInfo: PageInfo;
};

export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  cursor: Scalars['String']['output'];
  node: Activity;
};

export type ActivityFigures = {
  __typename?: 'ActivityFigures';
  attendedSeats: Scalars['Int']['output'];
  /** Registrations by WeChat scene value (e.g. 1008 group chat, 1011 QR code); scene null when unknown. */
  byScene: Array<SceneCount>;
  cancelledCount: Scalars['Int']['output'];
  confirmedSeats: Scalars['Int']['output'];
  declinedCount: Scalars['Int']['output'];
  /** Confirmed seats not checked in once the activity has ended (0 before). */
  noShowSeats: Scalars['Int']['output'];
  pendingCount: Scalars['Int']['output'];
  registrationCount: Scalars['Int']['output'];
  waitlistedCount: Scalars['Int']['output'];
};

export type ActivityFilter = {
  /** Defaults to the viewer's home community; required when signed out. */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Staff: include drafts of communities they manage. */
  includeDrafts?: InputMaybe<Scalars['Boolean']['input']>;
  /** Include activities that have ended. */
  includePast?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<Array<ActivityKind>>;
  /** Only activities the viewer holds a registration for. */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ActivityKind =
  | 'FESTIVAL'
  | 'HANDICRAFT'
  | 'TALK'
  | 'VISIT'
  | 'VOLUNTEER';

export type ActivityMaterial = {
  __typename?: 'ActivityMaterial';
  name: Scalars['String']['output'];
  /** Per participant, e.g. 1. */
  perParticipant: Scalars['Int']['output'];
  /** perParticipant × confirmed seats. */
  total: Scalars['Int']['output'];
  unit: Scalars['String']['output'];
};

export type ActivityMaterialInput = {
  name: Scalars['String']['input'];
  perParticipant: Scalars['Int']['input'];
  unit: Scalars['String']['input'];
};

export type ActivityStatus =
  | 'CANCELLED'
  | 'DRAFT'
  | 'PUBLISHED';

export type AddCommentInput = {
  body: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  proposalId: Scalars['ID']['input'];
};

export type AddOptionInput = {
  label: Scalars['String']['input'];
  pinX?: InputMaybe<Scalars['Float']['input']>;
  pinY?: InputMaybe<Scalars['Float']['input']>;
  proposalId: Scalars['ID']['input'];
};

export type Answer = {
  __typename?: 'Answer';
  question: Scalars['String']['output'];
  /** The question's type when it was answered; it decides the masking. */
  type: QuestionType;
  /** Masked by type for the viewer (see QuestionType). */
  value: Scalars['String']['output'];
};

export type AnswerInput = {
  question: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

/** Where a unit's area comes from, in the SPC's order of precedence. */
export type AreaSource =
  | 'CONTRACT'
  | 'REGISTRY'
  | 'SURVEY';

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

export type Ballot = {
  __typename?: 'Ballot';
  assisted: Scalars['Boolean']['output'];
  castAt: Scalars['DateTime']['output'];
  optionIds: Array<Scalars['ID']['output']>;
  /** A code showing the household's ballot is counted. */
  receipt: Scalars['String']['output'];
};

/** How a ballot of an owners' vote reached the count. */
export type BallotChannel =
  | 'ONLINE'
  | 'PAPER'
  | 'PROXY';

export type BallotKind =
  | 'MULTIPLE'
  | 'SINGLE'
  | 'YES_NO_ABSTAIN';

/** 楼栋: belongs to one compound and one grid. */
export type Building = {
  __typename?: 'Building';
  compound: Compound;
  grid: Grid;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type CategoryFigures = {
  __typename?: 'CategoryFigures';
  category: IssueCategory;
  medianHoursToResolve?: Maybe<Scalars['Float']['output']>;
  resolvedCount: Scalars['Int']['output'];
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

export type Comment = {
  __typename?: 'Comment';
  author?: Maybe<Person>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  hidden: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: CommentKind;
  replies: Array<Comment>;
  /** Staff only; 0 for others. */
  reportCount: Scalars['Int']['output'];
  viewerReported: Scalars['Boolean']['output'];
};

export type CommentKind =
  /** An opinion of the advisory group (顾问团), shown apart. */
  | 'ADVISOR'
  /** A resident's comment. */
  | 'RESIDENT';

/** 社区: grids and compounds belong to a community. */
export type Community = {
  __typename?: 'Community';
  compounds: Array<Compound>;
  grids: Array<Grid>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  street: Street;
};

export type CommunityStats = {
  __typename?: 'CommunityStats';
  allTime: IssueFigures;
  community: Community;
  /** Open issues escalated past their handler. */
  escalatedOpenCount: Scalars['Int']['output'];
  lastHundred: IssueFigures;
  openCount: Scalars['Int']['output'];
};

/** 小区: a residential compound. */
export type Compound = {
  __typename?: 'Compound';
  buildings: Array<Building>;
  community: Community;
  consultSettings: ConsultSettings;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  rosterSummary: RosterSummary;
};

export type ConsultSettings = {
  __typename?: 'ConsultSettings';
  clusterRadiusM: Scalars['Int']['output'];
  clusterThreshold: Scalars['Int']['output'];
  compound: Compound;
  cosignDays: Scalars['Int']['output'];
  cosignThreshold: Scalars['Int']['output'];
  sitePlan?: Maybe<Media>;
};

export type CounterpartyInput = {
  /** A resident's account when the person has one (their PIPL export and erasure then reach it). */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  kind: CounterpartyKind;
  name: Scalars['String']['input'];
};

export type CounterpartyKind =
  | 'ORGANISATION'
  /** A private person: residents see the surname and a star (张*). */
  | 'PERSON';

export type CreateActivityInput = {
  capacity: Scalars['Int']['input'];
  communityId: Scalars['ID']['input'];
  coverId?: InputMaybe<Scalars['ID']['input']>;
  description: Scalars['String']['input'];
  eligibility: Eligibility;
  endsAt: Scalars['DateTime']['input'];
  kind: ActivityKind;
  materials?: InputMaybe<Array<ActivityMaterialInput>>;
  maxPartySize: Scalars['Int']['input'];
  needsApproval: Scalars['Boolean']['input'];
  partners?: InputMaybe<Array<Scalars['String']['input']>>;
  questions?: InputMaybe<Array<SignUpQuestionInput>>;
  signUpDeadline: Scalars['DateTime']['input'];
  startsAt: Scalars['DateTime']['input'];
  title: Scalars['String']['input'];
  venue: Scalars['String']['input'];
  waitlist: Scalars['Boolean']['input'];
};

export type CreateProposalInput = {
  background: Scalars['String']['input'];
  ballotKind: BallotKind;
  buildingId?: InputMaybe<Scalars['ID']['input']>;
  compoundId: Scalars['ID']['input'];
  matter: MatterKind;
  maxChoices?: InputMaybe<Scalars['Int']['input']>;
  options?: InputMaybe<Array<OptionInput>>;
  question: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** Why a subscribe message became a dead letter. */
export type DeadLetterReason =
  /** WeChat refused the template, the page or the message's values, or they could not be made. */
  | 'BAD_DATA'
  /** WeChat does not know the person's openid (40003). */
  | 'BAD_RECIPIENT'
  /** WeChat stayed busy through every attempt. */
  | 'GAVE_UP'
  /** The instance sending it stopped mid-send: it may have arrived. */
  | 'INTERRUPTED'
  /** The person had not accepted this kind of message in WeChat (43101). */
  | 'NOT_ACCEPTED'
  /** WeChat never answered: it may have arrived. */
  | 'NO_ANSWER';

/** The electorate of an owners' vote, frozen when voting opened. */
export type Electorate = {
  __typename?: 'Electorate';
  areaM2: Scalars['String']['output'];
  /** Hash of the last ballot in the chain (64 hex characters); all zeros before the first. */
  chainHead: Scalars['String']['output'];
  chainLength: Scalars['Int']['output'];
  /** Every owner of the snapshot has voted: the committee may then close before the closing time. */
  everyoneVoted: Scalars['Boolean']['output'];
  frozenAt: Scalars['DateTime']['output'];
  objectionDays: Scalars['Int']['output'];
  owners: Scalars['Int']['output'];
  /** The results notice (社区公告), once voting has closed. */
  resultsNotice?: Maybe<Notice>;
  units: Scalars['Int']['output'];
};

/** A unit of the frozen electorate as the committee sees it: whether and how it voted, never how it chose. */
export type ElectorateUnit = {
  __typename?: 'ElectorateUnit';
  areaM2: Scalars['String']['output'];
  channel?: Maybe<BallotChannel>;
  /** A paper ballot exists beside an online one: the online one counts. */
  discrepancy: Scalars['Boolean']['output'];
  kind: RosterUnitKind;
  label: Scalars['String']['output'];
  /** The owner has a verified household online. */
  online: Scalars['Boolean']['output'];
  unitId: Scalars['ID']['output'];
  voted: Scalars['Boolean']['output'];
};

export type ElectorateUnitConnection = {
  __typename?: 'ElectorateUnitConnection';
  edges: Array<ElectorateUnitEdge>;
  pageInfo: PageInfo;
};

export type ElectorateUnitEdge = {
  __typename?: 'ElectorateUnitEdge';
  cursor: Scalars['String']['output'];
  node: ElectorateUnit;
};

/** Who may sign up. RESIDENTS also accepts a pending household claim in the community; VERIFIED_HOUSEHOLDS needs an approved one. */
export type Eligibility =
  | 'ANYONE'
  | 'RESIDENTS'
  | 'VERIFIED_HOUSEHOLDS';

/** What the viewer may do with a compound's books (all false signed out), so a page shows only what the gateway would allow. */
export type FinanceAccess = {
  __typename?: 'FinanceAccess';
  /** Approves others' entries, answers questions, publishes statements (the committee). */
  approves: Scalars['Boolean']['output'];
  compound: Compound;
  /** Sees pending entries and counterparties unmasked (the compound's staff, the community's admin). */
  keeps: Scalars['Boolean']['output'];
  /** Reads the approved ledger and statements (residents of the compound and its staff). */
  reads: Scalars['Boolean']['output'];
  /** Records entries and imports a month (the compound's steward, its committee). */
  records: Scalars['Boolean']['output'];
};

/** The ledger's accounts (科目): income, spending by category, and the maintenance fund (专项维修资金). */
export type FinanceAccount =
  /** 保洁 */
  | 'CLEANING'
  /** 维修资金存入 */
  | 'FUND_DEPOSIT'
  /** 维修资金支取: must cite a passed art. 278 decision on using the fund */
  | 'FUND_DRAW'
  /** 绿化 */
  | 'GREENING'
  /** 人工 */
  | 'LABOUR'
  /** 其他 */
  | 'OTHER'
  /** 停车费 */
  | 'PARKING'
  /** 物业费收入 */
  | 'PROPERTY_FEE'
  /** 维修 */
  | 'REPAIR'
  /** 公共收益 (shared-space rent, advertising) */
  | 'SHARED_INCOME'
  /** 水电公摊 */
  | 'UTILITIES';

export type FinanceAccountTotal = {
  __typename?: 'FinanceAccountTotal';
  account: FinanceAccount;
  entryCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  totalFen: Scalars['Fen']['output'];
};

export type FinanceCounterparty = {
  __typename?: 'FinanceCounterparty';
  kind: CounterpartyKind;
  /** Masked for residents when a private person; as written for the compound's staff. */
  name: Scalars['String']['output'];
};

export type FinanceEntry = {
  __typename?: 'FinanceEntry';
  account: FinanceAccount;
  accountName: Scalars['String']['output'];
  /** Positive: money in for income and fund deposits, money out for spending and fund draws. A reversing entry carries the negated amount. */
  amountFen: Scalars['Fen']['output'];
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  approvedBy?: Maybe<Person>;
  counterparty?: Maybe<FinanceCounterparty>;
  /** Beijing date, YYYY-MM-DD. */
  date: Scalars['String']['output'];
  /** The passed owners' decision a fund draw cites. */
  decision?: Maybe<Proposal>;
  description: Scalars['String']['output'];
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  prevHash: Scalars['String']['output'];
  questions: Array<FinanceQuestion>;
  recordedAt: Scalars['DateTime']['output'];
  recordedBy?: Maybe<Person>;
  /** The entry that reverses this one. */
  reversedBy?: Maybe<FinanceEntry>;
  /** The entry this one reverses (冲销). */
  reverses?: Maybe<FinanceEntry>;
  /** Position in the compound's hash chain, from 1. */
  seq: Scalars['Int']['output'];
  status: FinanceEntryStatus;
  /** Whether the viewer answers its questions (a committee member of the compound). */
  viewerAnswers: Scalars['Boolean']['output'];
  /** Whether the viewer may approve it: a committee member of the compound who did not record it, while pending. */
  viewerCanApprove: Scalars['Boolean']['output'];
  vouchers: Array<Media>;
};

export type FinanceEntryConnection = {
  __typename?: 'FinanceEntryConnection';
  edges: Array<FinanceEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FinanceEntryEdge = {
  __typename?: 'FinanceEntryEdge';
  cursor: Scalars['String']['output'];
  node: FinanceEntry;
};

export type FinanceEntryInput = {
  account: FinanceAccount;
  /** Positive integer fen, at most 10,000,000,000 (¥1 亿). */
  amountFen: Scalars['Fen']['input'];
  compoundId: Scalars['ID']['input'];
  counterparty?: InputMaybe<CounterpartyInput>;
  /** Beijing date, YYYY-MM-DD; not in the future. */
  date: Scalars['String']['input'];
  /** Required for FUND_DRAW: a passed decision of this compound on using the maintenance fund. */
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  description: Scalars['String']['input'];
  voucherIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type FinanceEntryStatus =
  | 'APPROVED'
  /** Recorded, waiting for a second committee member: residents do not see it yet. */
  | 'PENDING';

export type FinanceImport = {
  __typename?: 'FinanceImport';
  committed: Scalars['Boolean']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  problemRowCount: Scalars['Int']['output'];
  rowCount: Scalars['Int']['output'];
  rows: Array<FinanceImportRow>;
};

export type FinanceImportResult = {
  __typename?: 'FinanceImportResult';
  skipped: Scalars['Int']['output'];
  written: Scalars['Int']['output'];
};

export type FinanceImportRow = {
  __typename?: 'FinanceImportRow';
  account?: Maybe<FinanceAccount>;
  accountName: Scalars['String']['output'];
  amountFen?: Maybe<Scalars['Fen']['output']>;
  counterparty: Scalars['String']['output'];
  date: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** The row's line in the file (1 = the first). */
  line: Scalars['Int']['output'];
  problems: Array<Scalars['String']['output']>;
};

export type FinanceMonthBar = {
  __typename?: 'FinanceMonthBar';
  incomeFen: Scalars['Fen']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  spendingFen: Scalars['Fen']['output'];
};

export type FinanceQuestion = {
  __typename?: 'FinanceQuestion';
  answer?: Maybe<Scalars['String']['output']>;
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  askedAt: Scalars['DateTime']['output'];
  body: Scalars['String']['output'];
  /** When the committee's answer is due. */
  dueAt: Scalars['DateTime']['output'];
  entry: FinanceEntry;
  id: Scalars['ID']['output'];
  /** Unanswered past its due time. */
  overdue: Scalars['Boolean']['output'];
};

export type FinanceStatement = {
  __typename?: 'FinanceStatement';
  /** The hash of the newest entry of the chain dated within or before the period, and its position. */
  chainHead: Scalars['String']['output'];
  chainLength: Scalars['Int']['output'];
  closingBalanceFen: Scalars['Fen']['output'];
  compound: Compound;
  /** Approved entries of the period. */
  entryCount: Scalars['Int']['output'];
  fundClosingFen: Scalars['Fen']['output'];
  fundDepositsFen: Scalars['Fen']['output'];
  /** The fund draws of the period, each with its decision. */
  fundDraws: Array<FinanceEntry>;
  fundDrawsFen: Scalars['Fen']['output'];
  fundOpeningFen: Scalars['Fen']['output'];
  income: Array<FinanceAccountTotal>;
  incomeFen: Scalars['Fen']['output'];
  label: Scalars['String']['output'];
  /** The period's year month by month up to its end. */
  months: Array<FinanceMonthBar>;
  /** The notice it was last published as. */
  notice?: Maybe<Notice>;
  openQuestions: Scalars['Int']['output'];
  /** Operating balance before the period (income less spending of every earlier approved entry). */
  openingBalanceFen: Scalars['Fen']['output'];
  /** Questions on the period's entries not answered by their due time. */
  overdueQuestions: Scalars['Int']['output'];
  /** YYYY-MM or YYYY-Qn */
  period: Scalars['String']['output'];
  /** Spending by category, largest first. */
  spending: Array<FinanceAccountTotal>;
  spendingFen: Scalars['Fen']['output'];
  /** Whether the viewer approves entries, answers questions and publishes (the committee). */
  viewerApproves: Scalars['Boolean']['output'];
  /** Whether the viewer records entries here (the steward, the committee). */
  viewerRecords: Scalars['Boolean']['output'];
};

export type FollowUpAnswer =
  | 'NO'
  | 'NOT_SURE'
  | 'YES';

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
  rosterMatch: RosterMatch;
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

/** One line of a digest: its own subject, which a tap opens. */
export type InboxLine = {
  __typename?: 'InboxLine';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  subjectId?: Maybe<Scalars['ID']['output']>;
  subjectType?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type InboxMessage = {
  __typename?: 'InboxMessage';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  /** A digest's lines (kind DIGEST); empty for any other message. */
  lines: Array<InboxLine>;
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

/** 报事: a resident's report, followed to a resolution they confirm and rate. */
export type Issue = {
  __typename?: 'Issue';
  assignee?: Maybe<IssueHandler>;
  building: Building;
  category: IssueCategory;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  compound: Compound;
  description: Scalars['String']['output'];
  dueAt: Scalars['DateTime']['output'];
  duplicateOf?: Maybe<Issue>;
  escalatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who it was escalated to last, e.g. 下站街道; null when never. */
  escalatedTo?: Maybe<Scalars['String']['output']>;
  /** 0 with its handler; 1 escalated to the community admin; 2 to the street office (下站街道). The handler stays responsible until reassigned. */
  escalationLevel: Scalars['Int']['output'];
  followUpAnswer?: Maybe<FollowUpAnswer>;
  /** Whether the reporter still owes an answer to 是否真正解决? */
  followUpPending: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  isPublic: Scalars['Boolean']['output'];
  latitude?: Maybe<Scalars['Float']['output']>;
  linkedProposal?: Maybe<LinkedProposal>;
  longitude?: Maybe<Scalars['Float']['output']>;
  /** The resident named by staff: shown to staff in scope only. */
  onBehalfName?: Maybe<Scalars['String']['output']>;
  overdue: Scalars['Boolean']['output'];
  photos: Array<Media>;
  /** Raised by staff for a resident who phoned or walked in. */
  raisedOnBehalf: Scalars['Boolean']['output'];
  rating?: Maybe<Scalars['Int']['output']>;
  ratingComment?: Maybe<Scalars['String']['output']>;
  /** The reporter as the viewer may see them (real name and phone only to staff in scope). */
  reporter: Person;
  /** The reporter's verified home (e.g. 3号楼 2单元 301室), the issue's building first: staff in scope only, so the grid worker knows whose door to knock on. */
  reporterRoom?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Public issues only: the scene of the issue's mini-program code. */
  shortCode?: Maybe<Scalars['String']['output']>;
  spot?: Maybe<Scalars['String']['output']>;
  status: IssueStatus;
  submittedAt: Scalars['DateTime']['output'];
  supportCount: Scalars['Int']['output'];
  timeline: Array<IssueEvent>;
  title: Scalars['String']['output'];
  viewerFollows: Scalars['Boolean']['output'];
  viewerIsReporter: Scalars['Boolean']['output'];
  viewerIsStaffInScope: Scalars['Boolean']['output'];
  /** Steps the viewer may take now: ACCEPTED, IN_PROGRESS, RESOLVED, REJECTED (staff), CLOSED and REOPENED (reporter). */
  viewerNextSteps: Array<IssueStatus>;
  viewerSupports: Scalars['Boolean']['output'];
};

export type IssueCategory =
  | 'BUSINESS_SERVICE'
  | 'DISPUTE'
  | 'FIRE_SAFETY'
  | 'LIGHTING'
  | 'OTHER'
  | 'REPAIR_ELECTRICAL'
  | 'REPAIR_HARDWARE'
  | 'SANITATION'
  | 'SURVEILLANCE';

/**
 * 居民反映集中, 可发起议事: open issues of one compound sharing a category and a place (the same
 * building, the same spot, or stored points within the compound's radius) whose reporters' and
 * supporters' households reach the compound's threshold (default 10).
 */
export type IssueCluster = {
  __typename?: 'IssueCluster';
  category: IssueCategory;
  /** Distinct verified households of the issues' reporters and supporters. */
  households: Scalars['Int']['output'];
  /** Stable while its oldest issue is in it; never an issue's id. */
  id: Scalars['ID']['output'];
  /** Where, in words: 3号楼东门, or 东门, or 1号楼等处. */
  place: Scalars['String']['output'];
  privateCount: Scalars['Int']['output'];
  /** The public issues; private ones are counted only (the committee does not handle issues). */
  publicIssues: Array<Issue>;
  suggestedTitle: Scalars['String']['output'];
};

export type IssueConnection = {
  __typename?: 'IssueConnection';
  edges: Array<IssueEdge>;
  pageInfo: PageInfo;
};

export type IssueEdge = {
  __typename?: 'IssueEdge';
  cursor: Scalars['String']['output'];
  node: Issue;
};

export type IssueEvent = {
  __typename?: 'IssueEvent';
  actor?: Maybe<Person>;
  /** The actor's staff role for this issue, e.g. 网格员. */
  actorRole?: Maybe<Role>;
  at: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** SUBMITTED, ACCEPTED, …, or NOTE (progress note), REASSIGNED, DUPLICATE, FOLLOW_UP. */
  kind: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  photos: Array<Media>;
  status: IssueStatus;
};

export type IssueFigures = {
  __typename?: 'IssueFigures';
  averageRating?: Maybe<Scalars['Float']['output']>;
  byCategory: Array<CategoryFigures>;
  /** Resolved issues that had escalated, and their median hours from submission to resolution. */
  escalatedCount: Scalars['Int']['output'];
  escalatedMedianHoursToResolve?: Maybe<Scalars['Float']['output']>;
  medianHoursToResolve?: Maybe<Scalars['Float']['output']>;
  /** Share of resolved issues resolved by their due time (0..1); null when none resolved. */
  onTimeShare?: Maybe<Scalars['Float']['output']>;
  ratedCount: Scalars['Int']['output'];
  resolvedCount: Scalars['Int']['output'];
};

export type IssueFilter = {
  category?: InputMaybe<Array<IssueCategory>>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  compoundId?: InputMaybe<Scalars['ID']['input']>;
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<IssueStatus>>;
};

/** Who is handling an issue, e.g. 网格员 · 第二网格, with a work phone when set. */
export type IssueHandler = {
  __typename?: 'IssueHandler';
  person: Person;
  role: Role;
  scopeName: Scalars['String']['output'];
  workPhone?: Maybe<Scalars['String']['output']>;
};

export type IssueStatus =
  | 'ACCEPTED'
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'REJECTED'
  | 'REOPENED'
  | 'RESOLVED'
  | 'SUBMITTED';

/** Something kept after an account is deleted, and why, in the resident's words. */
export type KeptAfterDeletion = {
  __typename?: 'KeptAfterDeletion';
  what: Scalars['String']['output'];
  why: Scalars['String']['output'];
};

/** The proposal drafted from an issue's cluster, as the issue shows it. */
export type LinkedProposal = {
  __typename?: 'LinkedProposal';
  id: Scalars['ID']['output'];
  /** Null while the viewer may not open it (a draft, to anyone but its author). */
  proposal?: Maybe<Proposal>;
  stage: ProposalStage;
  title: Scalars['String']['output'];
};

/** ADVISORY is a residents' consultation (居民议事, advisory only); the others are the matters of Civil Code article 278. */
export type MatterKind =
  | 'ADVISORY'
  | 'CHANGE_COMMON_USE'
  | 'ELECT_COMMITTEE'
  | 'MANAGEMENT_COVENANT'
  | 'OTHER_MAJOR'
  | 'PROPERTY_SERVICE'
  | 'RAISE_MAINTENANCE_FUND'
  | 'REBUILD'
  | 'RULES_OF_PROCEDURE'
  | 'USE_MAINTENANCE_FUND';

/**
 * An uploaded image. Upload with POST /media (multipart, field `file`): the gateway stores a re-encoded
 * copy (upright, longer edge capped, no EXIF/GPS or other metadata); read it through `url`, signed and
 * short-lived.
 */
export type Media = {
  __typename?: 'Media';
  id: Scalars['ID']['output'];
  mime: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  /**
   * A signed URL that expires; null when the viewer may not see the thing the file belongs to, while
   * WeChat's content-safety check is pending (except for its uploader and staff in scope), and for
   * everyone once the check found it risky.
   */
  url?: Maybe<Scalars['String']['output']>;
};

export type Meeting = {
  __typename?: 'Meeting';
  at?: Maybe<Scalars['DateTime']['output']>;
  minutes?: Maybe<Scalars['String']['output']>;
  place?: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 我已阅读: idempotent. */
  acknowledgeNotice: Notice;
  addComment: Comment;
  /** Staff: a progress note with photos, without changing the status. */
  addIssueNote: Issue;
  addOption: ProposalOption;
  addRosterUnit: RosterUnit;
  addTask: ProposalTask;
  /** Staff: to is ACCEPTED, IN_PROGRESS, RESOLVED or REJECTED; RESOLVED and REJECTED need a note. */
  advanceIssue: Issue;
  answerAcceptance: Proposal;
  /** The committee answers publicly. */
  answerFinanceQuestion: FinanceQuestion;
  /** The reporter's answer to 是否真正解决? seven days after closing; NO reopens it. */
  answerIssueFollowUp: Issue;
  /** A committee member other than the recorder approves; then residents see it. */
  approveFinanceEntry: FinanceEntry;
  /** A resident of the compound asks about an entry (质询); the committee answers within 7 days. */
  askFinanceQuestion: FinanceQuestion;
  /** Staff: tells every registrant; reason required. */
  cancelActivity: Activity;
  /** The registrant (before the deadline) or staff in scope; promotes waitlisted registrations. */
  cancelRegistration: Registration;
  castBallot: Ballot;
  /** A proxy votes for the unit they hold a proxy for. */
  castProxyBallot: OwnerBallot;
  /** Staff in scope: CONFIRMED → ATTENDED, once. */
  checkIn: Registration;
  claimHousehold: HouseholdClaim;
  /** DONE when more households accepted than sent back; otherwise the work goes on. */
  closeAcceptance: Proposal;
  closeVoting: Proposal;
  /** Writes a preview's rows without problems as pending entries, once. */
  commitFinanceImport: FinanceImportResult;
  /** Writes the preview's rows without problems (new units added, existing ones updated). */
  commitRosterImport: RosterImportResult;
  /** The reporter: RESOLVED → CLOSED with a rating 1–5. */
  confirmIssue: Issue;
  cosignProposal: Proposal;
  /** Staff: a draft. */
  createActivity: Activity;
  createProposal: Proposal;
  /**
   * Erases or anonymises everything about the viewer and ends every session: names and phones,
   * sign-up answers, issue text and photos (the files too), comment text; registrations for activities
   * not yet started are cancelled (seats go to the waitlist). Counts and tallies stay intact: ballots
   * still count, see personalDataKeptAfterDeletion.
   */
  deleteMyAccount: Scalars['Boolean']['output'];
  /** The committee asks the households in scope to accept the finished work. */
  finishWork: Proposal;
  followIssue: Issue;
  grantRole: RoleAssignment;
  hideComment: Comment;
  markAllInboxRead: Scalars['Int']['output'];
  /** Marks the viewer's messages read; returns how many changed. */
  markInboxRead: Scalars['Int']['output'];
  /**
   * Staff: close the issue as a duplicate of another of the community. A merge never widens who sees
   * the original: the copy's reporter and followers follow it only if they may see it already (its
   * reporter, staff in scope, or — when it is public — residents of its compound). A private original
   * stays private: nobody is added to it and the copy's timeline does not quote its title.
   */
  markIssueDuplicate: Issue;
  /** Records that the viewer read it (once per person). */
  markNoticeRead: Notice;
  /** An owner objects to their entry during the 公示. */
  objectToRosterUnit: RosterObjection;
  openDiscussion: Proposal;
  /** An owners' vote (article 278 matters always; others when ownersVote) freezes the roster as its electorate. */
  openVoting: Proposal;
  /** Always true. */
  ping: Scalars['Boolean']['output'];
  postMinutes: Proposal;
  /** A printable poster (title, time, place, the item's mini-program code) for staff who manage the item; FORBIDDEN for anyone else. */
  posterLink: PosterLink;
  /** The committee or a verified resident turns a cluster into a proposal draft linking its issues (CONFLICT when they already have one). */
  proposeFromCluster: Proposal;
  publishActivity: Activity;
  /** Publishes the statement as a 收支公开 notice (廉洁文化) to the compound, with a button to the statement. */
  publishFinanceStatement: Notice;
  publishNotice: Notice;
  raiseIssue: Issue;
  reassignIssue: Issue;
  recordAssistedBallot: Ballot;
  /** The compound's steward or a committee member records an entry; it waits for a second committee member. */
  recordFinanceEntry: FinanceEntry;
  /** The committee records a signed paper ballot for a unit (CONFLICT when the owner voted online). */
  recordPaperBallot: OwnerBallot;
  recordProxy: RosterProxy;
  /** What the person accepted in WeChat's consent dialog (at most 3 ids, as WeChat asks); returns the configured ids counted. */
  recordSubscribeConsent: Array<Scalars['String']['output']>;
  /** scene: the WeChat scene value the mini-program was opened with. */
  register: Registration;
  /** Staff: for a resident who asks in person (by account id). */
  registerOnBehalf: Registration;
  /** The reporter: RESOLVED → REOPENED with a reason. */
  reopenIssue: Issue;
  reportComment: Comment;
  /** Remind the viewer the day before (inbox + subscribe message). Idempotent. */
  requestActivityReminder: Scalars['Boolean']['output'];
  resolveRosterObjection: RosterObjection;
  /** Community admins: sends a dead letter again (it may arrive twice if WeChat never answered the first time). */
  retryOutboxMessage: OutboxMessage;
  /** Corrects an entry by a reversing entry that negates it (entries are never edited or deleted). */
  reverseFinanceEntry: FinanceEntry;
  reviewHouseholdClaim: HouseholdClaim;
  /** Staff: PENDING → CONFIRMED/WAITLISTED (approve) or DECLINED. */
  reviewRegistration: Registration;
  revokeProxy: RosterProxy;
  revokeRole: RoleAssignment;
  scheduleMeeting: Proposal;
  setSitePlan: ConsultSettings;
  /** A WeChat URL Link opening the mini-program at the activity; null when WeChat is not configured (the request is recorded). Anyone may ask, signed out too: one record per activity, a link reused for a day, so asking again writes nothing. */
  shareLink?: Maybe<Scalars['String']['output']>;
  /** Development and test sign-in by handle; refused when NODE_ENV=production. */
  signInDev: Session;
  /** Exchanges a wx.login code through WeChat's code2Session. */
  signInWithWeChat: Session;
  signOut: Scalars['Boolean']['output'];
  submitProposal: Proposal;
  /** Me too: idempotent. */
  supportIssue: Issue;
  /** Staff: a draft or published activity. */
  updateActivity: Activity;
  /** The committee, steward or admin: households that make a cluster, and how near two points must be (metres). */
  updateClusterSettings: ConsultSettings;
  updateConsultSettings: ConsultSettings;
  updateNotice: Notice;
  updateNotificationSettings: NotificationSettings;
  updateProfile: Viewer;
  updateRosterSettings: RosterSummary;
  /** Fixes one unit of the roster (audited). */
  updateRosterUnit: RosterUnit;
  updateTask: ProposalTask;
  withdrawNotice: Notice;
  withdrawProposal: Proposal;
  writeOutcome: Proposal;
};


export type MutationAcknowledgeNoticeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddCommentArgs = {
  input: AddCommentInput;
};


export type MutationAddIssueNoteArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  photoIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationAddOptionArgs = {
  input: AddOptionInput;
};


export type MutationAddRosterUnitArgs = {
  compoundId: Scalars['ID']['input'];
  input: RosterUnitInput;
};


export type MutationAddTaskArgs = {
  input: TaskInput;
  proposalId: Scalars['ID']['input'];
};


export type MutationAdvanceIssueArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  photoIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  to: IssueStatus;
};


export type MutationAnswerAcceptanceArgs = {
  accept: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationAnswerFinanceQuestionArgs = {
  answer: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationAnswerIssueFollowUpArgs = {
  answer: FollowUpAnswer;
  id: Scalars['ID']['input'];
};


export type MutationApproveFinanceEntryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAskFinanceQuestionArgs = {
  body: Scalars['String']['input'];
  entryId: Scalars['ID']['input'];
};


export type MutationCancelActivityArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCancelRegistrationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCastBallotArgs = {
  optionIds: Array<Scalars['ID']['input']>;
  proposalId: Scalars['ID']['input'];
};


export type MutationCastProxyBallotArgs = {
  optionIds: Array<Scalars['ID']['input']>;
  proposalId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
};


export type MutationCheckInArgs = {
  code: Scalars['String']['input'];
};


export type MutationClaimHouseholdArgs = {
  input: ClaimHouseholdInput;
};


export type MutationCloseAcceptanceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCloseVotingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCommitFinanceImportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCommitRosterImportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmIssueArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  rating: Scalars['Int']['input'];
};


export type MutationCosignProposalArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateActivityArgs = {
  input: CreateActivityInput;
};


export type MutationCreateProposalArgs = {
  input: CreateProposalInput;
};


export type MutationFinishWorkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationFollowIssueArgs = {
  follow: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationGrantRoleArgs = {
  input: GrantRoleInput;
};


export type MutationHideCommentArgs = {
  hidden: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationMarkInboxReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationMarkIssueDuplicateArgs = {
  id: Scalars['ID']['input'];
  originalId: Scalars['ID']['input'];
};


export type MutationMarkNoticeReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationObjectToRosterUnitArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationOpenDiscussionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationOpenVotingArgs = {
  closesAt: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
  ownersVote?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationPostMinutesArgs = {
  id: Scalars['ID']['input'];
  minutes: Scalars['String']['input'];
};


export type MutationPosterLinkArgs = {
  id: Scalars['ID']['input'];
  kind: PosterKind;
};


export type MutationProposeFromClusterArgs = {
  input: ProposeFromClusterInput;
};


export type MutationPublishActivityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishFinanceStatementArgs = {
  compoundId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
};


export type MutationPublishNoticeArgs = {
  input: PublishNoticeInput;
};


export type MutationRaiseIssueArgs = {
  input: RaiseIssueInput;
};


export type MutationReassignIssueArgs = {
  assigneeId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRecordAssistedBallotArgs = {
  householdId: Scalars['ID']['input'];
  optionIds: Array<Scalars['ID']['input']>;
  photoId: Scalars['ID']['input'];
  proposalId: Scalars['ID']['input'];
};


export type MutationRecordFinanceEntryArgs = {
  input: FinanceEntryInput;
};


export type MutationRecordPaperBallotArgs = {
  optionIds: Array<Scalars['ID']['input']>;
  photoId: Scalars['ID']['input'];
  proposalId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
};


export type MutationRecordProxyArgs = {
  input: ProxyInput;
};


export type MutationRecordSubscribeConsentArgs = {
  accepted: Array<Scalars['String']['input']>;
};


export type MutationRegisterArgs = {
  activityId: Scalars['ID']['input'];
  answers?: InputMaybe<Array<AnswerInput>>;
  partySize: Scalars['Int']['input'];
  scene?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRegisterOnBehalfArgs = {
  accountId: Scalars['ID']['input'];
  activityId: Scalars['ID']['input'];
  answers?: InputMaybe<Array<AnswerInput>>;
  partySize: Scalars['Int']['input'];
};


export type MutationReopenIssueArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationReportCommentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRequestActivityReminderArgs = {
  activityId: Scalars['ID']['input'];
};


export type MutationResolveRosterObjectionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetryOutboxMessageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReverseFinanceEntryArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationReviewHouseholdClaimArgs = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationReviewRegistrationArgs = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRevokeProxyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeRoleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationScheduleMeetingArgs = {
  at: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
  place: Scalars['String']['input'];
};


export type MutationSetSitePlanArgs = {
  compoundId: Scalars['ID']['input'];
  mediaId: Scalars['ID']['input'];
};


export type MutationShareLinkArgs = {
  activityId: Scalars['ID']['input'];
};


export type MutationSignInDevArgs = {
  handle: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSignInWithWeChatArgs = {
  code: Scalars['String']['input'];
};


export type MutationSubmitProposalArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSupportIssueArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateActivityArgs = {
  id: Scalars['ID']['input'];
  input: UpdateActivityInput;
};


export type MutationUpdateClusterSettingsArgs = {
  compoundId: Scalars['ID']['input'];
  radiusM: Scalars['Int']['input'];
  threshold: Scalars['Int']['input'];
};


export type MutationUpdateConsultSettingsArgs = {
  compoundId: Scalars['ID']['input'];
  cosignDays: Scalars['Int']['input'];
  cosignThreshold: Scalars['Int']['input'];
};


export type MutationUpdateNoticeArgs = {
  id: Scalars['ID']['input'];
  input: UpdateNoticeInput;
};


export type MutationUpdateNotificationSettingsArgs = {
  input: NotificationSettingsInput;
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationUpdateRosterSettingsArgs = {
  compoundId: Scalars['ID']['input'];
  objectionDays: Scalars['Int']['input'];
  proxyLimit: Scalars['Int']['input'];
};


export type MutationUpdateRosterUnitArgs = {
  id: Scalars['ID']['input'];
  input: RosterUnitInput;
};


export type MutationUpdateTaskArgs = {
  id: Scalars['ID']['input'];
  input: TaskUpdateInput;
};


export type MutationWithdrawNoticeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithdrawProposalArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWriteOutcomeArgs = {
  id: Scalars['ID']['input'];
  outcome: Scalars['String']['input'];
};

export type Notice = {
  __typename?: 'Notice';
  acknowledgedCount: Scalars['Int']['output'];
  /** Who has and has not acknowledged, by building: staff in scope only (FORBIDDEN otherwise). */
  acknowledgementsByBuilding: Array<NoticeAcknowledgementGroup>;
  /** A button under the body to a page of the app (rich text cannot link), e.g. the statement a 收支公开 notice publishes. */
  action?: Maybe<NoticeAction>;
  /** Sanitised HTML (allow-list), ready for RichText. Images are only our uploads, each with a URL signed for this reader; images from elsewhere are never kept. */
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
  /** 8 characters: the scene of the notice's mini-program code and the path of its QR link. */
  shortCode?: Maybe<Scalars['String']['output']>;
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

export type NoticeAction = {
  __typename?: 'NoticeAction';
  label: Scalars['String']['output'];
  /** An app page path, e.g. /features/finances/pages/statement/index?compoundId=…&period=2026-11 */
  path: Scalars['String']['output'];
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

/**
 * Per kind: 我的报事 (issues the person raised or follows), 本小区议事, 活动, 公告, and for staff 工作待办
 * (their queue; a daily summary by default). Whatever the settings, the person's own ballot,
 * registration and household claim, overdue and escalated work, SAFETY_TIP notices and FIRE_SAFETY
 * issues come at once.
 */
export type NotificationSettings = {
  __typename?: 'NotificationSettings';
  activities: NotifyMode;
  /** HH:MM Beijing time of the daily digest (default 20:00). */
  digestAt: Scalars['String']['output'];
  myIssues: NotifyMode;
  notices: NotifyMode;
  proposals: NotifyMode;
  /** Quiet hours (default 22:00–07:00) hold back subscribe messages only; null when turned off. */
  quietFrom?: Maybe<Scalars['String']['output']>;
  quietTo?: Maybe<Scalars['String']['output']>;
  work: NotifyMode;
};

export type NotificationSettingsInput = {
  activities?: InputMaybe<NotifyMode>;
  digestAt?: InputMaybe<Scalars['String']['input']>;
  myIssues?: InputMaybe<NotifyMode>;
  notices?: InputMaybe<NotifyMode>;
  proposals?: InputMaybe<NotifyMode>;
  quietFrom?: InputMaybe<Scalars['String']['input']>;
  /** false turns quiet hours off; true with quietFrom and quietTo sets them. */
  quietHours?: InputMaybe<Scalars['Boolean']['input']>;
  quietTo?: InputMaybe<Scalars['String']['input']>;
  work?: InputMaybe<NotifyMode>;
};

/** How a kind of message comes: each at once, in the daily digest, or not at all. */
export type NotifyMode =
  | 'AT_ONCE'
  | 'DIGEST'
  | 'OFF';

export type OptionInput = {
  label: Scalars['String']['input'];
  pinX?: InputMaybe<Scalars['Float']['input']>;
  pinY?: InputMaybe<Scalars['Float']['input']>;
};

/** A subscribe message that could not be delivered (a dead letter): WeChat refused it for good, kept refusing it, or never answered (then it may have arrived). */
export type OutboxMessage = {
  __typename?: 'OutboxMessage';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** WeChat's answer or what went wrong, as logged (for whoever looks into it). */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When a drain last took it to send. */
  lastTriedAt?: Maybe<Scalars['DateTime']['output']>;
  /** ISSUE_STATUS, ACTIVITY_REMINDER… */
  purpose: Scalars['String']['output'];
  /** A dead letter: why it was not delivered (null once it is sent again, and for letters older than the reasons). */
  reason?: Maybe<DeadLetterReason>;
  /** The recipient as neighbours see them (nickname). */
  recipient: Scalars['String']['output'];
  /** PENDING, SENDING, SENT, RECORDED or DEAD. */
  status: Scalars['String']['output'];
  /** What it is about: the message's first value (the issue's, proposal's or activity's title). */
  subject?: Maybe<Scalars['String']['output']>;
};

export type OutboxMessageConnection = {
  __typename?: 'OutboxMessageConnection';
  edges: Array<OutboxMessageEdge>;
  pageInfo: PageInfo;
};

export type OutboxMessageEdge = {
  __typename?: 'OutboxMessageEdge';
  cursor: Scalars['String']['output'];
  node: OutboxMessage;
};

export type OwnerBallot = {
  __typename?: 'OwnerBallot';
  castAt: Scalars['DateTime']['output'];
  channel: BallotChannel;
  optionIds: Array<Scalars['ID']['output']>;
  receipt: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Participation = {
  __typename?: 'Participation';
  area: Scalars['Float']['output'];
  eligibleHouseholds: Scalars['Int']['output'];
  households: Scalars['Float']['output'];
  /** The article 278 lines (2/3 of owners and of area) are reached. */
  quorumReached: Scalars['Boolean']['output'];
  votedHouseholds: Scalars['Int']['output'];
};

/** Another person, as the viewer may see them: real name and full phone only for staff in scope. */
export type Person = {
  __typename?: 'Person';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  realName?: Maybe<Scalars['String']['output']>;
};

/** The items a lobby poster is printed for. */
export type PosterKind =
  | 'ACTIVITY'
  | 'NOTICE'
  | 'PROPOSAL';

/** A poster's PNG, downloadable without a session until it expires (downloadFile and <a> send no headers). */
export type PosterLink = {
  __typename?: 'PosterLink';
  expiresAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
};

export type Proposal = {
  __typename?: 'Proposal';
  acceptance: Acceptance;
  acceptanceOpen: Scalars['Boolean']['output'];
  /** True for 居民议事: the result is advice, not an owners' decision. */
  advisory: Scalars['Boolean']['output'];
  author?: Maybe<Person>;
  background: Scalars['String']['output'];
  ballotKind: BallotKind;
  budgetCents: Scalars['Int']['output'];
  /** Set when the scope is one building of the compound. */
  building?: Maybe<Building>;
  /** Residents' comments, each with its replies (one level). */
  comments: Array<Comment>;
  compound: Compound;
  cosignCount: Scalars['Int']['output'];
  cosignDeadline?: Maybe<Scalars['DateTime']['output']>;
  cosignThreshold: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Set on owners' votes once voting has opened. */
  electorate?: Maybe<Electorate>;
  /** The frozen electorate's units: the committee only (FORBIDDEN for others). */
  electorateUnits: ElectorateUnitConnection;
  /** Maintenance-fund money drawn against this decision (approved entries). */
  fundDrawnFen: Scalars['Fen']['output'];
  fundDraws: Array<FinanceEntry>;
  /** Linked issues the viewer may not see (private), counted. */
  hiddenIssueCount: Scalars['Int']['output'];
  /** The households of the scope, for recording paper ballots; the committee only (FORBIDDEN for others). */
  householdsInScope: Array<ScopeHousehold>;
  id: Scalars['ID']['output'];
  /** The issues it was drafted from: public ones to whoever sees the proposal, private ones to those who may see each. */
  issues: Array<Issue>;
  matter: MatterKind;
  maxChoices?: Maybe<Scalars['Int']['output']>;
  meeting?: Maybe<Meeting>;
  /** Opinions of the advisory group (顾问团). */
  opinions: Array<Comment>;
  options: Array<ProposalOption>;
  /** The committee's statement shown with the result. */
  outcome?: Maybe<Scalars['String']['output']>;
  /** Who has taken part so far, as shares of those entitled (households, and area for article 278). */
  participation?: Maybe<Participation>;
  question: Scalars['String']['output'];
  /** The tally, once voting has closed. */
  result?: Maybe<ProposalResult>;
  /** The scene of the proposal's mini-program code. */
  shortCode?: Maybe<Scalars['String']['output']>;
  sitePlan?: Maybe<Media>;
  spentCents: Scalars['Int']['output'];
  stage: ProposalStage;
  tasks: Array<ProposalTask>;
  timeline: Array<ProposalEvent>;
  title: Scalars['String']['output'];
  /** The viewer's own household ballot; nobody else's is readable. */
  viewerBallot?: Maybe<Ballot>;
  /** Whether the viewer may co-sign: a verified household in its scope other than the author's, while co-signing is open. */
  viewerCanCosign: Scalars['Boolean']['output'];
  viewerCanVote: Scalars['Boolean']['output'];
  viewerHasCosigned: Scalars['Boolean']['output'];
  viewerIsAuthor: Scalars['Boolean']['output'];
  viewerIsCommittee: Scalars['Boolean']['output'];
  /** Units the viewer holds a proxy for in this vote. */
  viewerProxyUnits: Array<RosterUnit>;
  /** Why the viewer may not vote, in Chinese; null when they may. */
  viewerVoteBlockedReason?: Maybe<Scalars['String']['output']>;
  /** Counted ballots by receipt code, once voting has closed; search by a receipt's beginning. */
  voteReceipts: VoteReceiptConnection;
  votingClosesAt?: Maybe<Scalars['DateTime']['output']>;
};


export type ProposalElectorateUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type ProposalVoteReceiptsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type ProposalConnection = {
  __typename?: 'ProposalConnection';
  edges: Array<ProposalEdge>;
  pageInfo: PageInfo;
};

export type ProposalEdge = {
  __typename?: 'ProposalEdge';
  cursor: Scalars['String']['output'];
  node: Proposal;
};

export type ProposalEvent = {
  __typename?: 'ProposalEvent';
  actor?: Maybe<Person>;
  at: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  photos: Array<Media>;
  stage: ProposalStage;
};

export type ProposalFilter = {
  compoundId?: InputMaybe<Scalars['ID']['input']>;
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  stage?: InputMaybe<Array<ProposalStage>>;
};

export type ProposalOption = {
  __typename?: 'ProposalOption';
  /** Added as an amendment during discussion. */
  amendment: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  /** Position on the compound's site plan, as fractions (0..1) of its width and height. */
  pinX?: Maybe<Scalars['Float']['output']>;
  pinY?: Maybe<Scalars['Float']['output']>;
  /** Household votes; null until voting has closed. */
  votes?: Maybe<Scalars['Int']['output']>;
};

/** A proposal as a signed-out visitor of a shared link sees it: nothing personal, no ballots. */
export type ProposalPreview = {
  __typename?: 'ProposalPreview';
  compoundName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  stage: ProposalStage;
  /** The background, cut to about 120 characters. */
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  votingClosesAt?: Maybe<Scalars['DateTime']['output']>;
};

export type ProposalResult = {
  __typename?: 'ProposalResult';
  eligibleOwners: Scalars['Int']['output'];
  participatingOwners: Scalars['Int']['output'];
  participationArea: Scalars['Float']['output'];
  participationHouseholds: Scalars['Float']['output'];
  passed: Scalars['Boolean']['output'];
  /** Why it passed or not, in one sentence. */
  reason: Scalars['String']['output'];
  tie: Scalars['Boolean']['output'];
  valid: Scalars['Boolean']['output'];
  winningOptionIds: Array<Scalars['ID']['output']>;
};

export type ProposalStage =
  | 'ACTING'
  | 'COSIGNING'
  | 'DISCUSSION'
  | 'DONE'
  | 'DRAFT'
  | 'PASSED'
  | 'REJECTED'
  | 'VOTING'
  | 'WITHDRAWN';

export type ProposalTask = {
  __typename?: 'ProposalTask';
  budgetCents: Scalars['Int']['output'];
  dueDate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  notes: Array<ProposalEvent>;
  ownerName: Scalars['String']['output'];
  /** Recorded, waiting for a second committee member. */
  pendingSpentFen: Scalars['Fen']['output'];
  spentCents: Scalars['Int']['output'];
  /** Approved ledger entries of this task. */
  spentFen: Scalars['Fen']['output'];
  status: TaskStatus;
  title: Scalars['String']['output'];
};

export type ProposeFromClusterInput = {
  background?: InputMaybe<Scalars['String']['input']>;
  clusterId: Scalars['ID']['input'];
  compoundId: Scalars['ID']['input'];
  question?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the cluster's suggested title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type ProxyInput = {
  /** Photo of the signed authorisation. */
  photoId: Scalars['ID']['input'];
  proxyName: Scalars['String']['input'];
  proxyPhone: Scalars['String']['input'];
  unitId: Scalars['ID']['input'];
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
  /** Published (and cancelled) activities of a community, upcoming first (startsAt ascending). */
  activities: ActivityConnection;
  /** Null when missing or not visible (drafts only to managers). Works signed out. */
  activity?: Maybe<Activity>;
  /** The activity as an iCalendar (RFC 5545) file, times in UTC. */
  activityIcs: Scalars['String']['output'];
  /** Staff actions in a community, newest first; admins of that community only. */
  auditLog: AuditEntryConnection;
  building?: Maybe<Building>;
  /** Every community with its compounds and buildings; works signed out. */
  communities: Array<Community>;
  community?: Maybe<Community>;
  communityStats: CommunityStats;
  /**
   * Everything held about the viewer (PIPL art. 45), each module's part: the account, households and
   * claims, issues raised (text, photos as media ids), ratings, comments on issues and proposals,
   * ballots of their households (that they exist and their receipts, never the choice), co-signs,
   * "me too" supports, follows, registrations with their answers, notices read, the inbox, uploads.
   * `readable` holds the same as Chinese text (markdown: labels, Beijing times 'YYYY-MM-DD HH:mm').
   */
  exportMyData: Scalars['JSON']['output'];
  /** What the viewer may do with the compound's books; NOT_FOUND for an unknown compound. */
  financeAccess: FinanceAccess;
  /** The period's entries, newest first (keyset); one account when given. Staff of the compound also see pending ones with pending: true. */
  financeEntries: FinanceEntryConnection;
  /** null when missing or not visible to the viewer. */
  financeEntry?: Maybe<FinanceEntry>;
  /** A stored spreadsheet preview (POST /finances/import): the compound's steward and committee. */
  financeImport?: Maybe<FinanceImport>;
  /** A compound's statement for a month (YYYY-MM) or quarter (YYYY-Qn): residents of the compound and its staff. */
  financeStatement: FinanceStatement;
  /** Claims in the viewer's staff scope, oldest first. */
  householdClaimsToReview: HouseholdClaimConnection;
  issue?: Maybe<Issue>;
  /** The compound's clusters at its threshold, largest first: its staff and verified residents. */
  issueClusters: Array<IssueCluster>;
  /** Staff who may take an issue over (for reassignment). */
  issueHandlers: Array<IssueHandler>;
  /** What the viewer may see: their own and the public issues of their compounds; newest first. Following never widens it. */
  issues: IssueConnection;
  /** The viewer's own registrations, newest first. */
  myRegistrations: RegistrationConnection;
  /** The viewer's own roster entries, whole. */
  myRosterUnits: Array<RosterUnit>;
  /** null when missing or not visible to the viewer; no side effect. */
  notice?: Maybe<Notice>;
  /** Visible notices, pinned first then newest; works signed out. */
  notices: NoticeConnection;
  /** Community admins: dead letters to people of their communities, newest first. */
  outboxDeadLetters: OutboxMessageConnection;
  /** People an admin may grant a role to: residents with a verified household or staff in the community. */
  peopleInScope: Array<Person>;
  /** What stays after deleteMyAccount and why (the privacy page lists exactly these). Works signed out. */
  personalDataKeptAfterDeletion: Array<KeptAfterDeletion>;
  /** Always true: lets a client check that the gateway answers. */
  ping: Scalars['Boolean']['output'];
  proposal?: Maybe<Proposal>;
  /** What anyone with a shared link may read before signing in: title, stage and a short summary; null for drafts, withdrawn or unknown proposals. */
  proposalPreview?: Maybe<ProposalPreview>;
  /** Proposals the viewer may see (households in scope and staff of the compound), newest first. */
  proposals: ProposalConnection;
  /** Staff in scope: registrations as CSV (phones, and PHONE answers, always masked). */
  registrationsCsv: Scalars['String']['output'];
  /** 公示: the compound's roster; residents see units and areas, no names (their own entry whole). */
  roster: RosterUnitConnection;
  rosterImport?: Maybe<RosterImport>;
  /** The item a short code names (a mini-program code's scene, the /s/<code> of a QR link); NOT_FOUND when it names nothing. */
  shortLink: ShortLink;
  /** Open public issues of the same category in the same building or compound from the last 30 days. */
  similarIssues: Array<Issue>;
  /** Staff roles in the viewer's admin scope. */
  staffRoles: RoleAssignmentConnection;
  /** The street office (街道办) of the street: open issues escalated to it from every community of the street; FORBIDDEN to others. */
  streetEscalations: IssueConnection;
  /** Each community of the street's public figures, side by side. */
  streetStats: Array<CommunityStats>;
  /** The configured templates; empty when none are (development: messages are only recorded). */
  subscribeTemplates: Array<SubscribeTemplate>;
  /** Visible notices the viewer has not read (0 when signed out). */
  unreadNoticeCount: Scalars['Int']['output'];
  /** null when signed out. */
  viewer?: Maybe<Viewer>;
  /** The staff queue in scope; FORBIDDEN for residents. */
  workbenchIssues: IssueConnection;
};


export type QueryActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryActivityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActivityIcsArgs = {
  id: Scalars['ID']['input'];
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


export type QueryCommunityStatsArgs = {
  communityId: Scalars['ID']['input'];
};


export type QueryFinanceAccessArgs = {
  compoundId: Scalars['ID']['input'];
};


export type QueryFinanceEntriesArgs = {
  account?: InputMaybe<FinanceAccount>;
  after?: InputMaybe<Scalars['String']['input']>;
  compoundId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  pending?: InputMaybe<Scalars['Boolean']['input']>;
  period: Scalars['String']['input'];
};


export type QueryFinanceEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFinanceImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFinanceStatementArgs = {
  compoundId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
};


export type QueryHouseholdClaimsToReviewArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ClaimStatus>;
};


export type QueryIssueArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIssueClustersArgs = {
  compoundId: Scalars['ID']['input'];
};


export type QueryIssueHandlersArgs = {
  issueId: Scalars['ID']['input'];
};


export type QueryIssuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IssueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyRegistrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryOutboxDeadLettersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPeopleInScopeArgs = {
  communityId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProposalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProposalPreviewArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProposalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegistrationsCsvArgs = {
  activityId: Scalars['ID']['input'];
};


export type QueryRosterArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  compoundId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRosterImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryShortLinkArgs = {
  code: Scalars['String']['input'];
};


export type QuerySimilarIssuesArgs = {
  input: SimilarIssuesInput;
};


export type QueryStaffRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStreetEscalationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  streetId: Scalars['ID']['input'];
};


export type QueryStreetStatsArgs = {
  streetId: Scalars['ID']['input'];
};


export type QueryUnreadNoticeCountArgs = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryWorkbenchIssuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IssueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * What a sign-up question asks for. The type, never the wording, decides the check (PHONE: a mobile or
 * landline number; NUMBER: digits; NAME: up to 20 characters; CHOICE: one of its options; TEXT: up to
 * 100 characters), the keyboard the app shows, and the masking: a PHONE answer is whole only to the
 * registrant and to staff in scope of the registrant's household (as Person.phone), masked to everyone
 * else (staff of another community included) and always masked in the CSV.
 */
export type QuestionType =
  | 'CHOICE'
  | 'NAME'
  | 'NUMBER'
  | 'PHONE'
  | 'TEXT';

export type RaiseIssueInput = {
  buildingId: Scalars['ID']['input'];
  category: IssueCategory;
  description: Scalars['String']['input'];
  /**
   * Public issues are seen by the compound's residents, so only someone with a verified household
   * there, or a claim to one under review, may raise one (FORBIDDEN otherwise); staff whose scope
   * covers the building may too. A private issue (seen by its reporter and staff only) may be raised
   * anywhere: a passer-by or a relative can still tell the grid worker.
   */
  isPublic: Scalars['Boolean']['input'];
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** Staff only: the resident this is raised for (phoned or walked in). */
  onBehalfName?: InputMaybe<Scalars['String']['input']>;
  photoIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  spot?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type Registration = {
  __typename?: 'Registration';
  activity: Activity;
  answers: Array<Answer>;
  attendedAt?: Maybe<Scalars['DateTime']['output']>;
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Shown to the registrant (and staff in scope) while CONFIRMED or ATTENDED. */
  checkInCode?: Maybe<Scalars['String']['output']>;
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Registered by staff for a resident who asked in person. */
  onBehalf: Scalars['Boolean']['output'];
  partySize: Scalars['Int']['output'];
  /** The registrant as the viewer may see them. */
  person: Person;
  scene?: Maybe<Scalars['Int']['output']>;
  status: RegistrationStatus;
  /** 1..n among WAITLISTED in arrival order; null otherwise. */
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
};

export type RegistrationConnection = {
  __typename?: 'RegistrationConnection';
  edges: Array<RegistrationEdge>;
  pageInfo: PageInfo;
};

export type RegistrationEdge = {
  __typename?: 'RegistrationEdge';
  cursor: Scalars['String']['output'];
  node: Registration;
};

export type RegistrationStatus =
  | 'ATTENDED'
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'DECLINED'
  | 'PENDING'
  | 'WAITLISTED';

export type Role =
  | 'ADMIN'
  | 'ADVISOR'
  | 'COMMITTEE'
  | 'GRID_WORKER'
  | 'RESIDENT'
  | 'STEWARD'
  /** 街道办: the escalated issues and figures of its street's communities. */
  | 'STREET_OFFICE';

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

export type RosterImport = {
  __typename?: 'RosterImport';
  committed: Scalars['Boolean']['output'];
  compound: Compound;
  createdAt: Scalars['DateTime']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  problemRowCount: Scalars['Int']['output'];
  rowCount: Scalars['Int']['output'];
  rows: Array<RosterImportRow>;
};

export type RosterImportResult = {
  __typename?: 'RosterImportResult';
  /** Rows left out because of their problems (fix them one by one afterwards). */
  skipped: Scalars['Int']['output'];
  /** Units written (new or updated). */
  written: Scalars['Int']['output'];
};

/** One row of an import file as the preview shows it; the phone is shown in full here only. */
export type RosterImportRow = {
  __typename?: 'RosterImportRow';
  /** Exclusive area in m² with two decimals, e.g. "89.50"; null when missing or not a number. */
  areaM2?: Maybe<Scalars['String']['output']>;
  areaSource?: Maybe<AreaSource>;
  building: Scalars['String']['output'];
  kind?: Maybe<RosterUnitKind>;
  line: Scalars['Int']['output'];
  ownerNames: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  /** The problems in Chinese, one per entry. */
  problemText: Array<Scalars['String']['output']>;
  problems: Array<RosterRowProblem>;
  room: Scalars['String']['output'];
  unit: Scalars['String']['output'];
};

/** How a claim compares with the roster; it pre-fills the staff review and never verifies by itself. */
export type RosterMatch = {
  __typename?: 'RosterMatch';
  /** One sentence for the reviewer, in Chinese. */
  message: Scalars['String']['output'];
  status: RosterMatchStatus;
  unit?: Maybe<RosterUnit>;
};

export type RosterMatchStatus =
  /** The room is on the roster and the claimant's name is one of its owners. */
  | 'NAME'
  /** No roster unit at this building, unit and room. */
  | 'NO_UNIT'
  /** The room is on the roster and the claimant's phone is its owner's. */
  | 'PHONE'
  /** The room is on the roster but neither name nor phone matches. */
  | 'ROOM_ONLY';

export type RosterObjection = {
  __typename?: 'RosterObjection';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  resolved: Scalars['Boolean']['output'];
};

/** 委托投票: an owner authorises someone to vote for their unit(s). */
export type RosterProxy = {
  __typename?: 'RosterProxy';
  authorisation?: Maybe<Media>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  proxyName: Scalars['String']['output'];
  /** Masked. */
  proxyPhone: Scalars['String']['output'];
  revoked: Scalars['Boolean']['output'];
  unit: RosterUnit;
};

export type RosterRowProblem =
  | 'AREA_NOT_POSITIVE'
  | 'BAD_AREA'
  | 'BAD_KIND'
  | 'BAD_SOURCE'
  | 'DUPLICATE_ROOM'
  | 'MISSING_AREA'
  | 'MISSING_OWNER'
  | 'MISSING_ROOM'
  | 'MISSING_UNIT'
  | 'UNKNOWN_BUILDING';

export type RosterSummary = {
  __typename?: 'RosterSummary';
  areaM2: Scalars['String']['output'];
  objectionDays: Scalars['Int']['output'];
  /** Owners as the SPC counts them (one person's units once; the developer's unsold units once). */
  owners: Scalars['Int']['output'];
  proxyLimit: Scalars['Int']['output'];
  units: Scalars['Int']['output'];
};

export type RosterUnit = {
  __typename?: 'RosterUnit';
  /** Exclusive area in m² with two decimals. */
  areaM2: Scalars['String']['output'];
  areaSource: AreaSource;
  building: Building;
  id: Scalars['ID']['output'];
  /** The viewer's own entry (their verified household). */
  isOwn: Scalars['Boolean']['output'];
  kind: RosterUnitKind;
  /** Building, unit and room, e.g. 3号楼 2单元 502室. */
  label: Scalars['String']['output'];
  /** Objections to this entry: the committee sees all, the owner their own. */
  objections: Array<RosterObjection>;
  /** Owner names: the committee and the owner only; null for others. */
  ownerNames?: Maybe<Scalars['String']['output']>;
  /** Masked (138****5678): the committee and the owner only. */
  ownerPhone?: Maybe<Scalars['String']['output']>;
  /** Proxies recorded for this unit's owner: the committee and the owner only. */
  proxies: Array<RosterProxy>;
  room: Scalars['String']['output'];
  unit: Scalars['String']['output'];
};

export type RosterUnitConnection = {
  __typename?: 'RosterUnitConnection';
  edges: Array<RosterUnitEdge>;
  pageInfo: PageInfo;
};

export type RosterUnitEdge = {
  __typename?: 'RosterUnitEdge';
  cursor: Scalars['String']['output'];
  node: RosterUnit;
};

export type RosterUnitInput = {
  /** m² as written, up to two decimals. */
  areaM2: Scalars['String']['input'];
  areaSource: AreaSource;
  buildingId: Scalars['ID']['input'];
  kind: RosterUnitKind;
  ownerNames: Scalars['String']['input'];
  /** Digits as written; on updateRosterUnit, left out (null) keeps the number on file and "" clears it. */
  ownerPhone?: InputMaybe<Scalars['String']['input']>;
  room: Scalars['String']['input'];
  unit: Scalars['String']['input'];
};

/** The kind of an exclusive unit (专有部分) on the owners' roster. */
export type RosterUnitKind =
  /** Unsold units of the developer: together they count as one owner. */
  | 'DEVELOPER_UNSOLD'
  | 'RESIDENTIAL'
  | 'SHOP';

export type SceneCount = {
  __typename?: 'SceneCount';
  registrations: Scalars['Int']['output'];
  scene?: Maybe<Scalars['Int']['output']>;
};

/** A household of a proposal's scope as the committee sees it: whether it has voted, never how. */
export type ScopeHousehold = {
  __typename?: 'ScopeHousehold';
  areaM2: Scalars['Float']['output'];
  /** That ballot is a paper ballot recorded by staff. */
  assisted: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Building, unit and room, e.g. 3号楼 2单元 502室. */
  label: Scalars['String']['output'];
  /** False on article 278 matters for a household without a verified OWNER member. */
  mayVote: Scalars['Boolean']['output'];
  /** A ballot of this household is counted (its choice is never readable). */
  voted: Scalars['Boolean']['output'];
};

export type ScopeKind =
  | 'COMMUNITY'
  | 'COMPOUND'
  | 'GRID'
  | 'STREET';

export type Session = {
  __typename?: 'Session';
  expiresAt: Scalars['DateTime']['output'];
  token: Scalars['String']['output'];
  viewer: Viewer;
};

/** What a short code names: the app opens the item's page with the id. */
export type ShortLink = {
  __typename?: 'ShortLink';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: ShortLinkKind;
};

/** The kinds of item a short code opens. */
export type ShortLinkKind =
  | 'ACTIVITY'
  | 'ISSUE'
  | 'NOTICE'
  | 'PROPOSAL';

/** A question every registration answers, e.g. 联系电话 (PHONE) or 年龄段 (CHOICE: 6岁以下, 6–12岁, 成人). */
export type SignUpQuestion = {
  __typename?: 'SignUpQuestion';
  /** CHOICE only: the options to pick from (2–10); empty otherwise. */
  options: Array<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  type: QuestionType;
};

export type SignUpQuestionInput = {
  /** CHOICE: 2–10 options of up to 20 characters; ignored for the other types. */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Up to 20 characters, e.g. 联系电话. */
  text: Scalars['String']['input'];
  type: QuestionType;
};

export type SimilarIssuesInput = {
  buildingId: Scalars['ID']['input'];
  category: IssueCategory;
};

/** 街道: a street office; communities belong to it. */
export type Street = {
  __typename?: 'Street';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** How many more messages of one template the person accepted and has not yet been sent. */
export type SubscribeConsent = {
  __typename?: 'SubscribeConsent';
  remaining: Scalars['Int']['output'];
  templateId: Scalars['String']['output'];
};

/** What a subscribe message is about; each is one template configured in WeChat's console. */
export type SubscribePurpose =
  | 'ACTIVITY_REMINDER'
  | 'ACTIVITY_STATUS'
  | 'ISSUE_STATUS'
  /** A notice published to the person's compound or community (a safety tip at once, whatever their settings). */
  | 'NOTICE_PUBLISHED'
  | 'PROPOSAL_STAGE'
  /** A day before an owners' or household vote closes, to those who have not voted. */
  | 'VOTING_REMINDER';

/** A subscribe-message template the app may ask consent for (WECHAT_SUBSCRIBE_TEMPLATES). */
export type SubscribeTemplate = {
  __typename?: 'SubscribeTemplate';
  purpose: SubscribePurpose;
  templateId: Scalars['String']['output'];
};

export type TaskInput = {
  budgetCents?: InputMaybe<Scalars['Int']['input']>;
  dueDate?: InputMaybe<Scalars['String']['input']>;
  ownerName: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type TaskStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'TODO';

export type TaskUpdateInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  photoIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Money spent with this note, added to the task's total. */
  spentCents?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<TaskStatus>;
};

/** Fields left out stay as they are. Capacity may not drop below the confirmed seats. */
export type UpdateActivityInput = {
  capacity?: InputMaybe<Scalars['Int']['input']>;
  coverId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  eligibility?: InputMaybe<Eligibility>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  kind?: InputMaybe<ActivityKind>;
  materials?: InputMaybe<Array<ActivityMaterialInput>>;
  maxPartySize?: InputMaybe<Scalars['Int']['input']>;
  needsApproval?: InputMaybe<Scalars['Boolean']['input']>;
  partners?: InputMaybe<Array<Scalars['String']['input']>>;
  questions?: InputMaybe<Array<SignUpQuestionInput>>;
  signUpDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  venue?: InputMaybe<Scalars['String']['input']>;
  waitlist?: InputMaybe<Scalars['Boolean']['input']>;
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
  /** Staff: the phone residents may call about the issues you handle (empty string clears it). */
  workPhone?: InputMaybe<Scalars['String']['input']>;
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
  notificationSettings: NotificationSettings;
  /** Only the viewer's own phone is shown unmasked here. */
  phone?: Maybe<Scalars['String']['output']>;
  realName?: Maybe<Scalars['String']['output']>;
  roles: Array<RoleAssignment>;
  subscribeConsents: Array<SubscribeConsent>;
  unreadCount: Scalars['Int']['output'];
  workPhone?: Maybe<Scalars['String']['output']>;
};


/** The signed-in person, as they see themselves. */
export type ViewerInboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A counted ballot on the results page: the receipt and its choice, no unit, no name. */
export type VoteReceipt = {
  __typename?: 'VoteReceipt';
  optionLabels: Array<Scalars['String']['output']>;
  receipt: Scalars['String']['output'];
};

export type VoteReceiptConnection = {
  __typename?: 'VoteReceiptConnection';
  chainHead: Scalars['String']['output'];
  edges: Array<VoteReceiptEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type VoteReceiptEdge = {
  __typename?: 'VoteReceiptEdge';
  cursor: Scalars['String']['output'];
  node: VoteReceipt;
};

export type SignInDevMutationVariables = Exact<{
  handle: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
}>;


export type SignInDevMutation = { __typename?: 'Mutation', signInDev: { __typename: 'Session', token: string, expiresAt: string, viewer: { __typename: 'Viewer', id: string, displayName: string, isStaff: boolean } } };

export type ClaimPlacesQueryVariables = Exact<{ [key: string]: never; }>;


export type ClaimPlacesQuery = { __typename?: 'Query', communities: Array<(
    { __typename: 'Community' }
    & { ' $fragmentRefs'?: { 'Places_CommunityFragment': Places_CommunityFragment } }
  )> };

export type ClaimHouseholdMutationVariables = Exact<{
  input: ClaimHouseholdInput;
}>;


export type ClaimHouseholdMutation = { __typename?: 'Mutation', claimHousehold: (
    { __typename: 'HouseholdClaim' }
    & { ' $fragmentRefs'?: { 'HouseholdsSection_ClaimFragment': HouseholdsSection_ClaimFragment } }
  ) };

export type InboxQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InboxQuery = { __typename?: 'Query', viewer?: { __typename: 'Viewer', id: string, unreadCount: number, inbox: { __typename: 'InboxMessageConnection', edges: Array<{ __typename: 'InboxMessageEdge', cursor: string, node: (
          { __typename: 'InboxMessage', id: string }
          & { ' $fragmentRefs'?: { 'InboxItem_MessageFragment': InboxItem_MessageFragment } }
        ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type MarkInboxReadMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type MarkInboxReadMutation = { __typename?: 'Mutation', markInboxRead: number };

export type MarkAllInboxReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllInboxReadMutation = { __typename?: 'Mutation', markAllInboxRead: number };

export type PersonalDataKeptQueryVariables = Exact<{ [key: string]: never; }>;


export type PersonalDataKeptQuery = { __typename?: 'Query', personalDataKeptAfterDeletion: Array<{ __typename: 'KeptAfterDeletion', what: string, why: string }> };

export type NotificationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationSettingsQuery = { __typename?: 'Query', viewer?: { __typename: 'Viewer', id: string, notificationSettings: (
      { __typename: 'NotificationSettings' }
      & { ' $fragmentRefs'?: { 'NotificationSettingsPage_SettingsFragment': NotificationSettingsPage_SettingsFragment } }
    ) } | null };

export type UpdateNotificationSettingsMutationVariables = Exact<{
  input: NotificationSettingsInput;
}>;


export type UpdateNotificationSettingsMutation = { __typename?: 'Mutation', updateNotificationSettings: (
    { __typename: 'NotificationSettings' }
    & { ' $fragmentRefs'?: { 'NotificationSettingsPage_SettingsFragment': NotificationSettingsPage_SettingsFragment } }
  ) };

export type ExportMyDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportMyDataQuery = { __typename?: 'Query', exportMyData: unknown };

export type DeleteMyAccountMutationVariables = Exact<{ [key: string]: never; }>;


export type DeleteMyAccountMutation = { __typename?: 'Mutation', deleteMyAccount: boolean };

export type InboxItem_MessageFragment = { __typename: 'InboxMessage', id: string, kind: string, title: string, body: string, subjectType?: string | null, subjectId?: string | null, read: boolean, createdAt: string, lines: Array<{ __typename: 'InboxLine', id: string, kind: string, title: string, body: string, subjectType?: string | null, subjectId?: string | null }> } & { ' $fragmentName'?: 'InboxItem_MessageFragment' };

export type NotificationSettingsPage_SettingsFragment = { __typename: 'NotificationSettings', myIssues: NotifyMode, proposals: NotifyMode, activities: NotifyMode, notices: NotifyMode, work: NotifyMode, digestAt: string, quietFrom?: string | null, quietTo?: string | null } & { ' $fragmentName'?: 'NotificationSettingsPage_SettingsFragment' };

export type SignInWithWeChatMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type SignInWithWeChatMutation = { __typename?: 'Mutation', signInWithWeChat: { __typename: 'Session', token: string, expiresAt: string, viewer: { __typename: 'Viewer', id: string, displayName: string, isStaff: boolean } } };

export type SubscribeTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type SubscribeTemplatesQuery = { __typename?: 'Query', subscribeTemplates: Array<{ __typename: 'SubscribeTemplate', purpose: SubscribePurpose, templateId: string }> };

export type RecordSubscribeConsentMutationVariables = Exact<{
  accepted: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type RecordSubscribeConsentMutation = { __typename?: 'Mutation', recordSubscribeConsent: Array<string> };

export type ActivityDetail_ActivityFragment = (
  { __typename: 'Activity', description: string, maxPartySize: number, eligibility: Eligibility, needsApproval: boolean, confirmedSeats: number, pendingCount: number, cancelReason?: string | null, viewerCanManage: boolean, viewerHasReminder: boolean, community: { __typename: 'Community', id: string, name: string }, questions: Array<{ __typename: 'SignUpQuestion', text: string, type: QuestionType, options: Array<string> }>, materials: Array<{ __typename: 'ActivityMaterial', name: string, perParticipant: number, unit: string, total: number }> }
  & { ' $fragmentRefs'?: { 'ActivityCard_ActivityFragment': ActivityCard_ActivityFragment } }
) & { ' $fragmentName'?: 'ActivityDetail_ActivityFragment' };

export type ActivityDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActivityDetailQuery = { __typename?: 'Query', activity?: (
    { __typename: 'Activity', id: string }
    & { ' $fragmentRefs'?: { 'ActivityDetail_ActivityFragment': ActivityDetail_ActivityFragment } }
  ) | null };

export type ActivitySeats_ActivityFragment = { __typename: 'Activity', id: string, confirmedSeats: number, seatsLeft: number, waitlistCount: number, pendingCount: number, signUpOpen: boolean, viewerRegistration?: (
    { __typename: 'Registration' }
    & { ' $fragmentRefs'?: { 'ViewerRegistration_RegistrationFragment': ViewerRegistration_RegistrationFragment } }
  ) | null } & { ' $fragmentName'?: 'ActivitySeats_ActivityFragment' };

export type RegisterForActivityMutationVariables = Exact<{
  activityId: Scalars['ID']['input'];
  partySize: Scalars['Int']['input'];
  answers?: InputMaybe<Array<AnswerInput> | AnswerInput>;
  scene?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RegisterForActivityMutation = { __typename?: 'Mutation', register: (
    { __typename: 'Registration', id: string, status: RegistrationStatus, waitlistPosition?: number | null, activity: (
      { __typename: 'Activity' }
      & { ' $fragmentRefs'?: { 'ActivitySeats_ActivityFragment': ActivitySeats_ActivityFragment } }
    ) }
    & { ' $fragmentRefs'?: { 'ViewerRegistration_RegistrationFragment': ViewerRegistration_RegistrationFragment } }
  ) };

export type CancelRegistrationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelRegistrationMutation = { __typename?: 'Mutation', cancelRegistration: (
    { __typename: 'Registration', activity: (
      { __typename: 'Activity' }
      & { ' $fragmentRefs'?: { 'ActivitySeats_ActivityFragment': ActivitySeats_ActivityFragment } }
    ) }
    & { ' $fragmentRefs'?: { 'ViewerRegistration_RegistrationFragment': ViewerRegistration_RegistrationFragment } }
  ) };

export type RequestActivityReminderMutationVariables = Exact<{
  activityId: Scalars['ID']['input'];
}>;


export type RequestActivityReminderMutation = { __typename?: 'Mutation', requestActivityReminder: boolean };

export type ActivityIcsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActivityIcsQuery = { __typename?: 'Query', activityIcs: string };

export type ActivityShareLinkMutationVariables = Exact<{
  activityId: Scalars['ID']['input'];
}>;


export type ActivityShareLinkMutation = { __typename?: 'Mutation', shareLink?: string | null };

export type ActivityEdit_ActivityFragment = { __typename: 'Activity', id: string, status: ActivityStatus, kind: ActivityKind, title: string, description: string, venue: string, startsAt: string, endsAt: string, signUpDeadline: string, capacity: number, maxPartySize: number, eligibility: Eligibility, waitlist: boolean, needsApproval: boolean, partners: Array<string>, viewerCanManage: boolean, cancelReason?: string | null, community: { __typename: 'Community', id: string }, questions: Array<{ __typename: 'SignUpQuestion', text: string, type: QuestionType, options: Array<string> }>, cover?: { __typename: 'Media', id: string, url?: string | null } | null, materials: Array<{ __typename: 'ActivityMaterial', name: string, perParticipant: number, unit: string }> } & { ' $fragmentName'?: 'ActivityEdit_ActivityFragment' };

export type ActivityForEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActivityForEditQuery = { __typename?: 'Query', activity?: (
    { __typename: 'Activity', id: string }
    & { ' $fragmentRefs'?: { 'ActivityEdit_ActivityFragment': ActivityEdit_ActivityFragment } }
  ) | null };

export type CreateActivityMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type CreateActivityMutation = { __typename?: 'Mutation', createActivity: (
    { __typename: 'Activity', id: string }
    & { ' $fragmentRefs'?: { 'ActivityEdit_ActivityFragment': ActivityEdit_ActivityFragment } }
  ) };

export type UpdateActivityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateActivityInput;
}>;


export type UpdateActivityMutation = { __typename?: 'Mutation', updateActivity: (
    { __typename: 'Activity', id: string }
    & { ' $fragmentRefs'?: { 'ActivityEdit_ActivityFragment': ActivityEdit_ActivityFragment } }
  ) };

export type PublishActivityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishActivityMutation = { __typename?: 'Mutation', publishActivity: (
    { __typename: 'Activity', id: string, signUpOpen: boolean }
    & { ' $fragmentRefs'?: { 'ActivityEdit_ActivityFragment': ActivityEdit_ActivityFragment } }
  ) };

export type CancelActivityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type CancelActivityMutation = { __typename?: 'Mutation', cancelActivity: (
    { __typename: 'Activity', id: string, signUpOpen: boolean }
    & { ' $fragmentRefs'?: { 'ActivityEdit_ActivityFragment': ActivityEdit_ActivityFragment } }
  ) };

export type StaffRegistration_RegistrationFragment = { __typename: 'Registration', id: string, status: RegistrationStatus, partySize: number, waitlistPosition?: number | null, checkInCode?: string | null, scene?: number | null, onBehalf: boolean, createdAt: string, attendedAt?: string | null, person: { __typename: 'Person', id: string, displayName: string, realName?: string | null, phone?: string | null }, answers: Array<{ __typename: 'Answer', question: string, type: QuestionType, value: string }> } & { ' $fragmentName'?: 'StaffRegistration_RegistrationFragment' };

export type ActivityRegistrationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  status?: InputMaybe<Array<RegistrationStatus> | RegistrationStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ActivityRegistrationsQuery = { __typename?: 'Query', activity?: { __typename: 'Activity', id: string, title: string, capacity: number, confirmedSeats: number, waitlistCount: number, pendingCount: number, maxPartySize: number, viewerCanManage: boolean, questions: Array<{ __typename: 'SignUpQuestion', text: string, type: QuestionType, options: Array<string> }>, materials: Array<{ __typename: 'ActivityMaterial', name: string, unit: string, total: number }>, figures?: { __typename: 'ActivityFigures', confirmedSeats: number, attendedSeats: number, noShowSeats: number, registrationCount: number, waitlistedCount: number, pendingCount: number, cancelledCount: number, declinedCount: number, byScene: Array<{ __typename: 'SceneCount', scene?: number | null, registrations: number }> } | null, registrations: { __typename: 'RegistrationConnection', edges: Array<{ __typename: 'RegistrationEdge', cursor: string, node: (
          { __typename: 'Registration', id: string }
          & { ' $fragmentRefs'?: { 'StaffRegistration_RegistrationFragment': StaffRegistration_RegistrationFragment } }
        ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type ReviewRegistrationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
}>;


export type ReviewRegistrationMutation = { __typename?: 'Mutation', reviewRegistration: (
    { __typename: 'Registration', id: string, status: RegistrationStatus, waitlistPosition?: number | null, activity: { __typename: 'Activity', id: string, confirmedSeats: number, seatsLeft: number, waitlistCount: number, pendingCount: number } }
    & { ' $fragmentRefs'?: { 'StaffRegistration_RegistrationFragment': StaffRegistration_RegistrationFragment } }
  ) };

export type RegistrationsCsvQueryVariables = Exact<{
  activityId: Scalars['ID']['input'];
}>;


export type RegistrationsCsvQuery = { __typename?: 'Query', registrationsCsv: string };

export type RegisterOnBehalfMutationVariables = Exact<{
  activityId: Scalars['ID']['input'];
  accountId: Scalars['ID']['input'];
  partySize: Scalars['Int']['input'];
  answers?: InputMaybe<Array<AnswerInput> | AnswerInput>;
}>;


export type RegisterOnBehalfMutation = { __typename?: 'Mutation', registerOnBehalf: (
    { __typename: 'Registration', id: string, status: RegistrationStatus, waitlistPosition?: number | null }
    & { ' $fragmentRefs'?: { 'StaffRegistration_RegistrationFragment': StaffRegistration_RegistrationFragment } }
  ) };

export type CheckInRegistrationMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type CheckInRegistrationMutation = { __typename?: 'Mutation', checkIn: { __typename: 'Registration', id: string, status: RegistrationStatus, partySize: number, attendedAt?: string | null, person: { __typename: 'Person', id: string, displayName: string, realName?: string | null }, answers: Array<{ __typename: 'Answer', question: string, type: QuestionType, value: string }>, activity: { __typename: 'Activity', id: string, title: string } } };

export type SignUpProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type SignUpProfileQuery = { __typename?: 'Query', viewer?: { __typename: 'Viewer', id: string, realName?: string | null, phone?: string | null } | null };

export type ActivityCard_ActivityFragment = { __typename: 'Activity', id: string, status: ActivityStatus, kind: ActivityKind, title: string, venue: string, startsAt: string, endsAt: string, signUpDeadline: string, signUpOpen: boolean, capacity: number, seatsLeft: number, waitlist: boolean, waitlistCount: number, partners: Array<string>, cover?: { __typename: 'Media', id: string, url?: string | null } | null, organiser: { __typename: 'Person', id: string, displayName: string }, viewerRegistration?: (
    { __typename: 'Registration' }
    & { ' $fragmentRefs'?: { 'ViewerRegistration_RegistrationFragment': ViewerRegistration_RegistrationFragment } }
  ) | null } & { ' $fragmentName'?: 'ActivityCard_ActivityFragment' };

export type ViewerRegistration_RegistrationFragment = { __typename: 'Registration', id: string, status: RegistrationStatus, partySize: number, waitlistPosition?: number | null, checkInCode?: string | null, createdAt: string, answers: Array<{ __typename: 'Answer', question: string, type: QuestionType, value: string }> } & { ' $fragmentName'?: 'ViewerRegistration_RegistrationFragment' };

export type ActivitiesListQueryVariables = Exact<{
  filter?: InputMaybe<ActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ActivitiesListQuery = { __typename?: 'Query', activities: { __typename: 'ActivityConnection', edges: Array<{ __typename: 'ActivityEdge', cursor: string, node: (
        { __typename: 'Activity', id: string }
        & { ' $fragmentRefs'?: { 'ActivityCard_ActivityFragment': ActivityCard_ActivityFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type MyRegistrationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyRegistrationsQuery = { __typename?: 'Query', myRegistrations: { __typename: 'RegistrationConnection', edges: Array<{ __typename: 'RegistrationEdge', cursor: string, node: (
        { __typename: 'Registration', id: string, activity: { __typename: 'Activity', id: string, title: string, startsAt: string, venue: string } }
        & { ' $fragmentRefs'?: { 'ViewerRegistration_RegistrationFragment': ViewerRegistration_RegistrationFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ProposalCard_ProposalFragment = { __typename: 'Proposal', id: string, stage: ProposalStage, matter: MatterKind, advisory: boolean, title: string, createdAt: string, cosignCount: number, cosignThreshold: number, cosignDeadline?: string | null, votingClosesAt?: string | null, compound: { __typename: 'Compound', id: string, name: string }, building?: { __typename: 'Building', id: string, name: string } | null, participation?: { __typename: 'Participation', households: number, area: number } | null, result?: { __typename: 'ProposalResult', passed: boolean } | null } & { ' $fragmentName'?: 'ProposalCard_ProposalFragment' };

export type ConsultPlacesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsultPlacesQuery = (
  { __typename?: 'Query' }
  & { ' $fragmentRefs'?: { 'Places_QueryFragment': Places_QueryFragment } }
);

export type ConsultSitePlanQueryVariables = Exact<{
  communityId: Scalars['ID']['input'];
}>;


export type ConsultSitePlanQuery = { __typename?: 'Query', community?: { __typename: 'Community', id: string, compounds: Array<{ __typename: 'Compound', id: string, name: string, consultSettings: { __typename: 'ConsultSettings', cosignThreshold: number, cosignDays: number, sitePlan?: { __typename: 'Media', id: string, url?: string | null } | null } }> } | null };

export type ProposalComment_CommentFragment = { __typename: 'Comment', id: string, kind: CommentKind, body: string, hidden: boolean, reportCount: number, viewerReported: boolean, createdAt: string, author?: { __typename: 'Person', id: string, displayName: string } | null } & { ' $fragmentName'?: 'ProposalComment_CommentFragment' };

export type ProposalDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProposalDetailQuery = { __typename?: 'Query', proposal?: { __typename: 'Proposal', id: string, hiddenIssueCount: number, stage: ProposalStage, matter: MatterKind, advisory: boolean, ballotKind: BallotKind, maxChoices?: number | null, title: string, background: string, question: string, createdAt: string, cosignCount: number, cosignThreshold: number, cosignDeadline?: string | null, viewerHasCosigned: boolean, viewerCanCosign: boolean, votingClosesAt?: string | null, outcome?: string | null, viewerCanVote: boolean, viewerVoteBlockedReason?: string | null, viewerIsCommittee: boolean, viewerIsAuthor: boolean, budgetCents: number, spentCents: number, acceptanceOpen: boolean, issues: Array<{ __typename: 'Issue', id: string, title: string, status: IssueStatus, isPublic: boolean }>, compound: { __typename: 'Compound', id: string, name: string }, building?: { __typename: 'Building', id: string, name: string } | null, author?: { __typename: 'Person', id: string, displayName: string } | null, options: Array<{ __typename: 'ProposalOption', id: string, label: string, pinX?: number | null, pinY?: number | null, amendment: boolean, votes?: number | null }>, comments: Array<(
      { __typename: 'Comment', replies: Array<(
        { __typename: 'Comment' }
        & { ' $fragmentRefs'?: { 'ProposalComment_CommentFragment': ProposalComment_CommentFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'ProposalComment_CommentFragment': ProposalComment_CommentFragment } }
    )>, opinions: Array<(
      { __typename: 'Comment' }
      & { ' $fragmentRefs'?: { 'ProposalComment_CommentFragment': ProposalComment_CommentFragment } }
    )>, meeting?: { __typename: 'Meeting', at?: string | null, place?: string | null, minutes?: string | null } | null, participation?: { __typename: 'Participation', eligibleHouseholds: number, votedHouseholds: number, households: number, area: number, quorumReached: boolean } | null, result?: { __typename: 'ProposalResult', passed: boolean, valid: boolean, tie: boolean, winningOptionIds: Array<string>, participationHouseholds: number, participationArea: number, participatingOwners: number, eligibleOwners: number, reason: string } | null, electorate?: { __typename: 'Electorate', units: number, owners: number, chainHead: string, everyoneVoted: boolean } | null, viewerProxyUnits: Array<{ __typename: 'RosterUnit', id: string }>, viewerBallot?: { __typename: 'Ballot', optionIds: Array<string>, assisted: boolean, receipt: string, castAt: string } | null, sitePlan?: { __typename: 'Media', id: string, url?: string | null } | null, tasks: Array<{ __typename: 'ProposalTask', id: string, title: string, ownerName: string, dueDate?: string | null, status: TaskStatus, budgetCents: number, spentCents: number, notes: Array<{ __typename: 'ProposalEvent', id: string, note?: string | null, at: string, photos: Array<{ __typename: 'Media', id: string, url?: string | null }> }> }>, acceptance: { __typename: 'Acceptance', accepted: number, sentBack: number, viewerAnswer?: boolean | null }, timeline: Array<{ __typename: 'ProposalEvent', id: string, kind: string, stage: ProposalStage, note?: string | null, at: string, actor?: { __typename: 'Person', id: string, displayName: string } | null, photos: Array<{ __typename: 'Media', id: string, url?: string | null }> }> } | null };

export type CreateProposalMutationVariables = Exact<{
  input: CreateProposalInput;
}>;


export type CreateProposalMutation = { __typename?: 'Mutation', createProposal: { __typename: 'Proposal', id: string, stage: ProposalStage } };

export type SubmitProposalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubmitProposalMutation = { __typename?: 'Mutation', submitProposal: { __typename: 'Proposal', id: string, stage: ProposalStage } };

export type WithdrawProposalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawProposalMutation = { __typename?: 'Mutation', withdrawProposal: { __typename: 'Proposal', id: string, stage: ProposalStage } };

export type CosignProposalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CosignProposalMutation = { __typename?: 'Mutation', cosignProposal: { __typename: 'Proposal', id: string, stage: ProposalStage, cosignCount: number, viewerHasCosigned: boolean } };

export type OpenDiscussionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OpenDiscussionMutation = { __typename?: 'Mutation', openDiscussion: { __typename: 'Proposal', id: string, stage: ProposalStage } };

export type AddProposalCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;


export type AddProposalCommentMutation = { __typename?: 'Mutation', addComment: { __typename: 'Comment', id: string } };

export type ReportProposalCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReportProposalCommentMutation = { __typename?: 'Mutation', reportComment: { __typename: 'Comment', id: string, viewerReported: boolean } };

export type HideProposalCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  hidden: Scalars['Boolean']['input'];
}>;


export type HideProposalCommentMutation = { __typename?: 'Mutation', hideComment: { __typename: 'Comment', id: string, hidden: boolean } };

export type AddProposalOptionMutationVariables = Exact<{
  input: AddOptionInput;
}>;


export type AddProposalOptionMutation = { __typename?: 'Mutation', addOption: { __typename: 'ProposalOption', id: string } };

export type ScheduleMeetingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  at: Scalars['DateTime']['input'];
  place: Scalars['String']['input'];
}>;


export type ScheduleMeetingMutation = { __typename?: 'Mutation', scheduleMeeting: { __typename: 'Proposal', id: string } };

export type PostMinutesMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  minutes: Scalars['String']['input'];
}>;


export type PostMinutesMutation = { __typename?: 'Mutation', postMinutes: { __typename: 'Proposal', id: string } };

export type OpenVotingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  closesAt: Scalars['DateTime']['input'];
}>;


export type OpenVotingMutation = { __typename?: 'Mutation', openVoting: { __typename: 'Proposal', id: string, stage: ProposalStage } };

export type CastBallotMutationVariables = Exact<{
  proposalId: Scalars['ID']['input'];
  optionIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type CastBallotMutation = { __typename?: 'Mutation', castBallot: { __typename: 'Ballot', optionIds: Array<string>, receipt: string } };

export type AssistedHouseholdsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AssistedHouseholdsQuery = { __typename?: 'Query', proposal?: { __typename: 'Proposal', id: string, householdsInScope: Array<{ __typename: 'ScopeHousehold', id: string, label: string, areaM2: number, mayVote: boolean, voted: boolean, assisted: boolean }> } | null };

export type RecordAssistedBallotMutationVariables = Exact<{
  proposalId: Scalars['ID']['input'];
  householdId: Scalars['ID']['input'];
  optionIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  photoId: Scalars['ID']['input'];
}>;


export type RecordAssistedBallotMutation = { __typename?: 'Mutation', recordAssistedBallot: { __typename: 'Ballot', optionIds: Array<string>, assisted: boolean, receipt: string } };

export type CloseVotingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseVotingMutation = { __typename?: 'Mutation', closeVoting: { __typename: 'Proposal', id: string, stage: ProposalStage } };

export type WriteOutcomeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  outcome: Scalars['String']['input'];
}>;


export type WriteOutcomeMutation = { __typename?: 'Mutation', writeOutcome: { __typename: 'Proposal', id: string } };

export type AddProposalTaskMutationVariables = Exact<{
  proposalId: Scalars['ID']['input'];
  input: TaskInput;
}>;


export type AddProposalTaskMutation = { __typename?: 'Mutation', addTask: { __typename: 'ProposalTask', id: string } };

export type UpdateProposalTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: TaskUpdateInput;
}>;


export type UpdateProposalTaskMutation = { __typename?: 'Mutation', updateTask: { __typename: 'ProposalTask', id: string } };

export type FinishWorkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FinishWorkMutation = { __typename?: 'Mutation', finishWork: { __typename: 'Proposal', id: string } };

export type AnswerAcceptanceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  accept: Scalars['Boolean']['input'];
}>;


export type AnswerAcceptanceMutation = { __typename?: 'Mutation', answerAcceptance: { __typename: 'Proposal', id: string } };

export type CloseAcceptanceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseAcceptanceMutation = { __typename?: 'Mutation', closeAcceptance: { __typename: 'Proposal', id: string, stage: ProposalStage } };

export type SetSitePlanMutationVariables = Exact<{
  compoundId: Scalars['ID']['input'];
  mediaId: Scalars['ID']['input'];
}>;


export type SetSitePlanMutation = { __typename?: 'Mutation', setSitePlan: { __typename: 'ConsultSettings', sitePlan?: { __typename: 'Media', id: string, url?: string | null } | null } };

export type IssueClustersQueryVariables = Exact<{
  compoundId: Scalars['ID']['input'];
}>;


export type IssueClustersQuery = { __typename?: 'Query', issueClusters: Array<{ __typename: 'IssueCluster', id: string, category: IssueCategory, place: string, households: number, privateCount: number, suggestedTitle: string, publicIssues: Array<{ __typename: 'Issue', id: string, title: string }> }> };

export type ProposeFromClusterMutationVariables = Exact<{
  input: ProposeFromClusterInput;
}>;


export type ProposeFromClusterMutation = { __typename?: 'Mutation', proposeFromCluster: { __typename: 'Proposal', id: string, stage: ProposalStage } };

export type ProposalFundDrawsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProposalFundDrawsQuery = { __typename?: 'Query', proposal?: { __typename: 'Proposal', id: string, fundDrawnFen: string, fundDraws: Array<{ __typename: 'FinanceEntry', id: string, date: string, amountFen: string, description: string }> } | null };

export type ProposalPreviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProposalPreviewQuery = { __typename?: 'Query', proposalPreview?: { __typename: 'ProposalPreview', id: string, title: string, stage: ProposalStage, summary: string, compoundName: string, votingClosesAt?: string | null } | null };

export type ProposalListQueryVariables = Exact<{
  filter?: InputMaybe<ProposalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProposalListQuery = { __typename?: 'Query', proposals: { __typename: 'ProposalConnection', edges: Array<{ __typename: 'ProposalEdge', cursor: string, node: (
        { __typename: 'Proposal', id: string }
        & { ' $fragmentRefs'?: { 'ProposalCard_ProposalFragment': ProposalCard_ProposalFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type FinanceStatementQueryVariables = Exact<{
  compoundId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
}>;


export type FinanceStatementQuery = { __typename?: 'Query', financeStatement: { __typename: 'FinanceStatement', period: string, label: string, incomeFen: string, spendingFen: string, openingBalanceFen: string, closingBalanceFen: string, fundOpeningFen: string, fundDepositsFen: string, fundDrawsFen: string, fundClosingFen: string, entryCount: number, chainHead: string, chainLength: number, openQuestions: number, overdueQuestions: number, viewerRecords: boolean, viewerApproves: boolean, compound: { __typename: 'Compound', id: string, name: string }, income: Array<{ __typename: 'FinanceAccountTotal', account: FinanceAccount, name: string, totalFen: string, entryCount: number }>, spending: Array<{ __typename: 'FinanceAccountTotal', account: FinanceAccount, name: string, totalFen: string, entryCount: number }>, months: Array<{ __typename: 'FinanceMonthBar', month: string, incomeFen: string, spendingFen: string }>, fundDraws: Array<{ __typename: 'FinanceEntry', id: string, date: string, amountFen: string, description: string, decision?: { __typename: 'Proposal', id: string, title: string } | null }> } };

export type FinanceEntryRow_EntryFragment = { __typename: 'FinanceEntry', id: string, seq: number, date: string, account: FinanceAccount, accountName: string, amountFen: string, description: string, status: FinanceEntryStatus, viewerCanApprove: boolean, counterparty?: { __typename: 'FinanceCounterparty', kind: CounterpartyKind, name: string } | null } & { ' $fragmentName'?: 'FinanceEntryRow_EntryFragment' };

export type FinanceAccessQueryVariables = Exact<{
  compoundId: Scalars['ID']['input'];
}>;


export type FinanceAccessQuery = { __typename?: 'Query', financeAccess: { __typename: 'FinanceAccess', records: boolean, approves: boolean, keeps: boolean, reads: boolean, compound: { __typename: 'Compound', id: string, name: string } } };

export type FinanceEntriesQueryVariables = Exact<{
  compoundId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
  account?: InputMaybe<FinanceAccount>;
  pending?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FinanceEntriesQuery = { __typename?: 'Query', financeEntries: { __typename: 'FinanceEntryConnection', totalCount: number, edges: Array<{ __typename: 'FinanceEntryEdge', cursor: string, node: (
        { __typename: 'FinanceEntry' }
        & { ' $fragmentRefs'?: { 'FinanceEntryRow_EntryFragment': FinanceEntryRow_EntryFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type FinanceEntryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FinanceEntryQuery = { __typename?: 'Query', financeEntry?: (
    { __typename: 'FinanceEntry', hash: string, prevHash: string, recordedAt: string, approvedAt?: string | null, viewerAnswers: boolean, recordedBy?: { __typename: 'Person', id: string, displayName: string } | null, approvedBy?: { __typename: 'Person', id: string, displayName: string } | null, decision?: { __typename: 'Proposal', id: string, title: string } | null, reverses?: { __typename: 'FinanceEntry', id: string, seq: number } | null, reversedBy?: { __typename: 'FinanceEntry', id: string, seq: number } | null, vouchers: Array<{ __typename: 'Media', id: string, url?: string | null }>, questions: Array<{ __typename: 'FinanceQuestion', id: string, body: string, askedAt: string, dueAt: string, overdue: boolean, answer?: string | null, answeredAt?: string | null }> }
    & { ' $fragmentRefs'?: { 'FinanceEntryRow_EntryFragment': FinanceEntryRow_EntryFragment } }
  ) | null };

export type AskFinanceQuestionMutationVariables = Exact<{
  entryId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;


export type AskFinanceQuestionMutation = { __typename?: 'Mutation', askFinanceQuestion: { __typename: 'FinanceQuestion', id: string } };

export type AnswerFinanceQuestionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  answer: Scalars['String']['input'];
}>;


export type AnswerFinanceQuestionMutation = { __typename?: 'Mutation', answerFinanceQuestion: { __typename: 'FinanceQuestion', id: string, answer?: string | null, answeredAt?: string | null, overdue: boolean } };

export type ApproveFinanceEntryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveFinanceEntryMutation = { __typename?: 'Mutation', approveFinanceEntry: { __typename: 'FinanceEntry', id: string, status: FinanceEntryStatus, viewerCanApprove: boolean, approvedAt?: string | null } };

export type RecordFinanceEntryMutationVariables = Exact<{
  input: FinanceEntryInput;
}>;


export type RecordFinanceEntryMutation = { __typename?: 'Mutation', recordFinanceEntry: (
    { __typename: 'FinanceEntry', seq: number }
    & { ' $fragmentRefs'?: { 'FinanceEntryRow_EntryFragment': FinanceEntryRow_EntryFragment } }
  ) };

export type PublishFinanceStatementMutationVariables = Exact<{
  compoundId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
}>;


export type PublishFinanceStatementMutation = { __typename?: 'Mutation', publishFinanceStatement: { __typename: 'Notice', id: string, title: string } };

export type FinanceImportPreviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FinanceImportPreviewQuery = { __typename?: 'Query', financeImport?: { __typename: 'FinanceImport', id: string, fileName: string, committed: boolean, rowCount: number, problemRowCount: number, rows: Array<{ __typename: 'FinanceImportRow', line: number, date: string, accountName: string, amountFen?: string | null, counterparty: string, description: string, problems: Array<string> }> } | null };

export type CommitFinanceImportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CommitFinanceImportMutation = { __typename?: 'Mutation', commitFinanceImport: { __typename: 'FinanceImportResult', written: number, skipped: number } };

export type HomeIssueFiguresQueryVariables = Exact<{
  communityId: Scalars['ID']['input'];
}>;


export type HomeIssueFiguresQuery = { __typename?: 'Query', communityStats: { __typename: 'CommunityStats', openCount: number, lastHundred: { __typename: 'IssueFigures', resolvedCount: number, onTimeShare?: number | null, averageRating?: number | null } } };

export type IssueListBody_ConnectionFragment = { __typename: 'IssueConnection', edges: Array<{ __typename: 'IssueEdge', cursor: string, node: (
      { __typename: 'Issue' }
      & { ' $fragmentRefs'?: { 'IssueListItem_IssueFragment': IssueListItem_IssueFragment } }
    ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } & { ' $fragmentName'?: 'IssueListBody_ConnectionFragment' };

export type IssueListItem_IssueFragment = { __typename: 'Issue', id: string, category: IssueCategory, title: string, status: IssueStatus, overdue: boolean, isPublic: boolean, supportCount: number, submittedAt: string, building: { __typename: 'Building', id: string, name: string } } & { ' $fragmentName'?: 'IssueListItem_IssueFragment' };

export type IssuesListQueryVariables = Exact<{
  filter?: InputMaybe<IssueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type IssuesListQuery = { __typename?: 'Query', issues: (
    { __typename: 'IssueConnection' }
    & { ' $fragmentRefs'?: { 'IssueListBody_ConnectionFragment': IssueListBody_ConnectionFragment } }
  ) };

export type WorkbenchIssuesQueryVariables = Exact<{
  filter?: InputMaybe<IssueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WorkbenchIssuesQuery = { __typename?: 'Query', workbenchIssues: (
    { __typename: 'IssueConnection' }
    & { ' $fragmentRefs'?: { 'IssueListBody_ConnectionFragment': IssueListBody_ConnectionFragment } }
  ) };

export type IssuePlacesQueryVariables = Exact<{ [key: string]: never; }>;


export type IssuePlacesQuery = (
  { __typename?: 'Query' }
  & { ' $fragmentRefs'?: { 'Places_QueryFragment': Places_QueryFragment } }
);

export type SimilarIssuesQueryVariables = Exact<{
  input: SimilarIssuesInput;
}>;


export type SimilarIssuesQuery = { __typename?: 'Query', similarIssues: Array<(
    { __typename: 'Issue', id: string, viewerSupports: boolean }
    & { ' $fragmentRefs'?: { 'IssueListItem_IssueFragment': IssueListItem_IssueFragment } }
  )> };

export type IssueDetail_IssueFragment = { __typename: 'Issue', id: string, status: IssueStatus, category: IssueCategory, title: string, description: string, isPublic: boolean, spot?: string | null, latitude?: number | null, longitude?: number | null, viewerIsReporter: boolean, viewerIsStaffInScope: boolean, raisedOnBehalf: boolean, onBehalfName?: string | null, reporterRoom?: string | null, supportCount: number, viewerSupports: boolean, viewerFollows: boolean, submittedAt: string, dueAt: string, overdue: boolean, resolvedAt?: string | null, closedAt?: string | null, rating?: number | null, ratingComment?: string | null, followUpPending: boolean, followUpAnswer?: FollowUpAnswer | null, escalatedTo?: string | null, viewerNextSteps: Array<IssueStatus>, building: { __typename: 'Building', id: string, name: string, compound: { __typename: 'Compound', id: string, name: string } }, photos: Array<{ __typename: 'Media', id: string, url?: string | null }>, reporter: { __typename: 'Person', id: string, displayName: string, realName?: string | null, phone?: string | null }, assignee?: { __typename: 'IssueHandler', role: Role, scopeName: string, workPhone?: string | null, person: { __typename: 'Person', id: string, displayName: string } } | null, duplicateOf?: { __typename: 'Issue', id: string, title: string } | null, linkedProposal?: { __typename: 'LinkedProposal', id: string, title: string, stage: ProposalStage, proposal?: { __typename: 'Proposal', id: string } | null } | null, timeline: Array<{ __typename: 'IssueEvent', id: string, kind: string, status: IssueStatus, note?: string | null, at: string, actorRole?: Role | null, actor?: { __typename: 'Person', id: string, displayName: string } | null, photos: Array<{ __typename: 'Media', id: string, url?: string | null }> }> } & { ' $fragmentName'?: 'IssueDetail_IssueFragment' };

export type IssueDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IssueDetailQuery = { __typename?: 'Query', issue?: (
    { __typename: 'Issue', id: string }
    & { ' $fragmentRefs'?: { 'IssueDetail_IssueFragment': IssueDetail_IssueFragment } }
  ) | null };

export type IssueHandlersQueryVariables = Exact<{
  issueId: Scalars['ID']['input'];
}>;


export type IssueHandlersQuery = { __typename?: 'Query', issueHandlers: Array<{ __typename: 'IssueHandler', role: Role, scopeName: string, person: { __typename: 'Person', id: string, displayName: string } }> };

export type RaiseIssueMutationVariables = Exact<{
  input: RaiseIssueInput;
}>;


export type RaiseIssueMutation = { __typename?: 'Mutation', raiseIssue: (
    { __typename: 'Issue', id: string }
    & { ' $fragmentRefs'?: { 'IssueDetail_IssueFragment': IssueDetail_IssueFragment } }
  ) };

export type AdvanceIssueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  to: IssueStatus;
  note?: InputMaybe<Scalars['String']['input']>;
  photoIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type AdvanceIssueMutation = { __typename?: 'Mutation', advanceIssue: (
    { __typename: 'Issue', id: string }
    & { ' $fragmentRefs'?: { 'IssueDetail_IssueFragment': IssueDetail_IssueFragment } }
  ) };

export type AddIssueNoteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  photoIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type AddIssueNoteMutation = { __typename?: 'Mutation', addIssueNote: (
    { __typename: 'Issue', id: string }
    & { ' $fragmentRefs'?: { 'IssueDetail_IssueFragment': IssueDetail_IssueFragment } }
  ) };

export type ReassignIssueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  assigneeId: Scalars['ID']['input'];
}>;


export type ReassignIssueMutation = { __typename?: 'Mutation', reassignIssue: (
    { __typename: 'Issue', id: string }
    & { ' $fragmentRefs'?: { 'IssueDetail_IssueFragment': IssueDetail_IssueFragment } }
  ) };

export type MarkIssueDuplicateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  originalId: Scalars['ID']['input'];
}>;


export type MarkIssueDuplicateMutation = { __typename?: 'Mutation', markIssueDuplicate: (
    { __typename: 'Issue', id: string }
    & { ' $fragmentRefs'?: { 'IssueDetail_IssueFragment': IssueDetail_IssueFragment } }
  ) };

export type ConfirmIssueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  rating: Scalars['Int']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConfirmIssueMutation = { __typename?: 'Mutation', confirmIssue: (
    { __typename: 'Issue', id: string }
    & { ' $fragmentRefs'?: { 'IssueDetail_IssueFragment': IssueDetail_IssueFragment } }
  ) };

export type ReopenIssueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ReopenIssueMutation = { __typename?: 'Mutation', reopenIssue: (
    { __typename: 'Issue', id: string }
    & { ' $fragmentRefs'?: { 'IssueDetail_IssueFragment': IssueDetail_IssueFragment } }
  ) };

export type AnswerIssueFollowUpMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  answer: FollowUpAnswer;
}>;


export type AnswerIssueFollowUpMutation = { __typename?: 'Mutation', answerIssueFollowUp: (
    { __typename: 'Issue', id: string }
    & { ' $fragmentRefs'?: { 'IssueDetail_IssueFragment': IssueDetail_IssueFragment } }
  ) };

export type SupportIssueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SupportIssueMutation = { __typename?: 'Mutation', supportIssue: { __typename: 'Issue', id: string, supportCount: number, viewerSupports: boolean, viewerFollows: boolean } };

export type FollowIssueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  follow: Scalars['Boolean']['input'];
}>;


export type FollowIssueMutation = { __typename?: 'Mutation', followIssue: { __typename: 'Issue', id: string, viewerFollows: boolean } };

export type CommunityIssueFiguresQueryVariables = Exact<{
  communityId: Scalars['ID']['input'];
}>;


export type CommunityIssueFiguresQuery = { __typename?: 'Query', communityStats: { __typename: 'CommunityStats', openCount: number, community: { __typename: 'Community', id: string, name: string }, allTime: (
      { __typename: 'IssueFigures' }
      & { ' $fragmentRefs'?: { 'IssueFiguresFieldsFragment': IssueFiguresFieldsFragment } }
    ), lastHundred: (
      { __typename: 'IssueFigures' }
      & { ' $fragmentRefs'?: { 'IssueFiguresFieldsFragment': IssueFiguresFieldsFragment } }
    ) } };

export type IssueFiguresFieldsFragment = { __typename: 'IssueFigures', resolvedCount: number, medianHoursToResolve?: number | null, onTimeShare?: number | null, averageRating?: number | null, ratedCount: number, byCategory: Array<{ __typename: 'CategoryFigures', category: IssueCategory, resolvedCount: number, medianHoursToResolve?: number | null }> } & { ' $fragmentName'?: 'IssueFiguresFieldsFragment' };

export type NoticeArticle_NoticeFragment = { __typename: 'Notice', id: string, title: string, category: NoticeCategory, body: string, status: NoticeStatus, pinned: boolean, publishedAt: string, expiresAt?: string | null, readCount: number, cover?: { __typename: 'Media', id: string, url?: string | null } | null, community: { __typename: 'Community', id: string, name: string }, compound?: { __typename: 'Compound', id: string, name: string } | null } & { ' $fragmentName'?: 'NoticeArticle_NoticeFragment' };

export type NoticeListItem_NoticeFragment = { __typename: 'Notice', id: string, title: string, category: NoticeCategory, summary: string, pinned: boolean, requiresAck: boolean, readCount: number, viewerHasRead: boolean, viewerHasAcknowledged: boolean, publishedAt: string, cover?: { __typename: 'Media', id: string, url?: string | null } | null } & { ' $fragmentName'?: 'NoticeListItem_NoticeFragment' };

export type NoticesListQueryVariables = Exact<{
  communityId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<NoticeCategory>;
  search?: InputMaybe<Scalars['String']['input']>;
  pinned?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type NoticesListQuery = { __typename?: 'Query', notices: { __typename: 'NoticeConnection', edges: Array<{ __typename: 'NoticeEdge', cursor: string, node: (
        { __typename: 'Notice', id: string }
        & { ' $fragmentRefs'?: { 'NoticeListItem_NoticeFragment': NoticeListItem_NoticeFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type NoticeAckStateFragment = { __typename: 'Notice', id: string, requiresAck: boolean, acknowledgedCount: number, viewerHasAcknowledged: boolean, viewerHasRead: boolean, readCount: number } & { ' $fragmentName'?: 'NoticeAckStateFragment' };

export type NoticesViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type NoticesViewerQuery = { __typename?: 'Query', viewer?: { __typename: 'Viewer', id: string, roles: Array<{ __typename: 'RoleAssignment', id: string, role: Role, scopeKind: ScopeKind, scopeId: string, community: { __typename: 'Community', id: string, name: string } }> } | null };

export type NoticeDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NoticeDetailQuery = { __typename?: 'Query', notice?: (
    { __typename: 'Notice', id: string, summary: string, viewerCanEdit: boolean, requiresAck: boolean, viewerHasRead: boolean, action?: { __typename: 'NoticeAction', label: string, path: string } | null }
    & { ' $fragmentRefs'?: { 'NoticeArticle_NoticeFragment': NoticeArticle_NoticeFragment;'NoticeAckStateFragment': NoticeAckStateFragment } }
  ) | null };

export type NoticeAcknowledgementsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NoticeAcknowledgementsQuery = { __typename?: 'Query', notice?: { __typename: 'Notice', id: string, acknowledgementsByBuilding: Array<{ __typename: 'NoticeAcknowledgementGroup', building: { __typename: 'Building', id: string, name: string, compound: { __typename: 'Compound', id: string, name: string } }, acknowledged: Array<{ __typename: 'Person', id: string, displayName: string }>, pending: Array<{ __typename: 'Person', id: string, displayName: string }> }> } | null };

export type NoticeForEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NoticeForEditQuery = { __typename?: 'Query', notice?: (
    { __typename: 'Notice', id: string, requiresAck: boolean, viewerCanEdit: boolean }
    & { ' $fragmentRefs'?: { 'NoticeArticle_NoticeFragment': NoticeArticle_NoticeFragment } }
  ) | null };

export type NoticeAudienceChoicesQueryVariables = Exact<{
  communityId: Scalars['ID']['input'];
}>;


export type NoticeAudienceChoicesQuery = { __typename?: 'Query', community?: { __typename: 'Community', id: string, name: string, compounds: Array<{ __typename: 'Compound', id: string, name: string }> } | null };

export type MarkNoticeReadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkNoticeReadMutation = { __typename?: 'Mutation', markNoticeRead: { __typename: 'Notice', id: string, readCount: number, viewerHasRead: boolean } };

export type AcknowledgeNoticeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcknowledgeNoticeMutation = { __typename?: 'Mutation', acknowledgeNotice: (
    { __typename: 'Notice', id: string }
    & { ' $fragmentRefs'?: { 'NoticeAckStateFragment': NoticeAckStateFragment } }
  ) };

export type PublishNoticeMutationVariables = Exact<{
  input: PublishNoticeInput;
}>;


export type PublishNoticeMutation = { __typename?: 'Mutation', publishNotice: { __typename: 'Notice', id: string, title: string } };

export type UpdateNoticeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateNoticeInput;
}>;


export type UpdateNoticeMutation = { __typename?: 'Mutation', updateNotice: { __typename: 'Notice', id: string, title: string, category: NoticeCategory, body: string, summary: string, pinned: boolean, requiresAck: boolean, expiresAt?: string | null, updatedAt: string, cover?: { __typename: 'Media', id: string, url?: string | null } | null } };

export type WithdrawNoticeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawNoticeMutation = { __typename?: 'Mutation', withdrawNotice: { __typename: 'Notice', id: string, status: NoticeStatus } };

export type ShortLinkQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type ShortLinkQuery = { __typename?: 'Query', shortLink: { __typename: 'ShortLink', code: string, kind: ShortLinkKind, id: string } };

export type PosterLinkMutationVariables = Exact<{
  kind: PosterKind;
  id: Scalars['ID']['input'];
}>;


export type PosterLinkMutation = { __typename?: 'Mutation', posterLink: { __typename: 'PosterLink', url: string, expiresAt: string } };

export type RosterKeepingQueryVariables = Exact<{
  compoundId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type RosterKeepingQuery = { __typename?: 'Query', viewer?: { __typename: 'Viewer', id: string, isStaff: boolean } | null, communities: Array<{ __typename: 'Community', id: string, compounds: Array<{ __typename: 'Compound', id: string, name: string, buildings: Array<{ __typename: 'Building', id: string, name: string }>, rosterSummary: { __typename: 'RosterSummary', proxyLimit: number } }> }>, roster: { __typename: 'RosterUnitConnection', edges: Array<{ __typename: 'RosterUnitEdge', node: { __typename: 'RosterUnit', id: string, label: string, unit: string, room: string, areaM2: string, areaSource: AreaSource, kind: RosterUnitKind, ownerNames?: string | null, ownerPhone?: string | null, building: { __typename: 'Building', id: string }, proxies: Array<{ __typename: 'RosterProxy', id: string, proxyName: string, proxyPhone: string, revoked: boolean }> } }> } };

export type UpdateRosterUnitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: RosterUnitInput;
}>;


export type UpdateRosterUnitMutation = { __typename?: 'Mutation', updateRosterUnit: { __typename: 'RosterUnit', id: string, label: string, areaM2: string, areaSource: AreaSource, kind: RosterUnitKind, ownerNames?: string | null, ownerPhone?: string | null } };

export type AddRosterUnitMutationVariables = Exact<{
  compoundId: Scalars['ID']['input'];
  input: RosterUnitInput;
}>;


export type AddRosterUnitMutation = { __typename?: 'Mutation', addRosterUnit: { __typename: 'RosterUnit', id: string, label: string, areaM2: string } };

export type RecordProxyMutationVariables = Exact<{
  input: ProxyInput;
}>;


export type RecordProxyMutation = { __typename?: 'Mutation', recordProxy: { __typename: 'RosterProxy', id: string, proxyName: string, proxyPhone: string, revoked: boolean } };

export type RevokeProxyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeProxyMutation = { __typename?: 'Mutation', revokeProxy: { __typename: 'RosterProxy', id: string, revoked: boolean } };

export type ProxyVoteQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProxyVoteQuery = { __typename?: 'Query', proposal?: { __typename: 'Proposal', id: string, title: string, stage: ProposalStage, options: Array<{ __typename: 'ProposalOption', id: string, label: string }>, viewerProxyUnits: Array<{ __typename: 'RosterUnit', id: string, label: string, areaM2: string }> } | null };

export type CastProxyBallotMutationVariables = Exact<{
  proposalId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
  optionIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type CastProxyBallotMutation = { __typename?: 'Mutation', castProxyBallot: { __typename: 'OwnerBallot', receipt: string, channel: BallotChannel } };

export type RosterVoteQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RosterVoteQuery = { __typename?: 'Query', proposal?: { __typename: 'Proposal', id: string, title: string, question: string, stage: ProposalStage, ballotKind: BallotKind, maxChoices?: number | null, viewerIsCommittee: boolean, options: Array<{ __typename: 'ProposalOption', id: string, label: string, votes?: number | null }>, result?: { __typename: 'ProposalResult', passed: boolean, valid: boolean, reason: string, participatingOwners: number, eligibleOwners: number, participationArea: number } | null, viewerBallot?: { __typename: 'Ballot', receipt: string, optionIds: Array<string>, assisted: boolean } | null, electorate?: { __typename: 'Electorate', units: number, owners: number, areaM2: string, chainHead: string, chainLength: number, objectionDays: number, resultsNotice?: { __typename: 'Notice', id: string, expiresAt?: string | null } | null } | null } | null };

export type VoteReceiptsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type VoteReceiptsQuery = { __typename?: 'Query', proposal?: { __typename: 'Proposal', id: string, voteReceipts: { __typename: 'VoteReceiptConnection', totalCount: number, chainHead: string, edges: Array<{ __typename: 'VoteReceiptEdge', cursor: string, node: { __typename: 'VoteReceipt', receipt: string, optionLabels: Array<string> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type RosterPublicQueryVariables = Exact<{
  compoundId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RosterPublicQuery = { __typename?: 'Query', viewer?: { __typename: 'Viewer', id: string, isStaff: boolean } | null, roster: { __typename: 'RosterUnitConnection', edges: Array<{ __typename: 'RosterUnitEdge', cursor: string, node: { __typename: 'RosterUnit', id: string, label: string, room: string, areaM2: string, kind: RosterUnitKind, isOwn: boolean } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, myRosterUnits: Array<{ __typename: 'RosterUnit', id: string, label: string, areaM2: string, areaSource: AreaSource, kind: RosterUnitKind, ownerNames?: string | null, ownerPhone?: string | null, proxies: Array<{ __typename: 'RosterProxy', id: string, proxyName: string, proxyPhone: string, revoked: boolean }>, objections: Array<{ __typename: 'RosterObjection', id: string, body: string, resolved: boolean }> }> };

export type ObjectToRosterUnitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;


export type ObjectToRosterUnitMutation = { __typename?: 'Mutation', objectToRosterUnit: { __typename: 'RosterObjection', id: string, body: string, resolved: boolean } };

export type ElectorateUnitsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type ElectorateUnitsQuery = { __typename?: 'Query', proposal?: { __typename: 'Proposal', id: string, electorateUnits: { __typename: 'ElectorateUnitConnection', edges: Array<{ __typename: 'ElectorateUnitEdge', node: { __typename: 'ElectorateUnit', unitId: string, label: string, areaM2: string, voted: boolean, channel?: BallotChannel | null, discrepancy: boolean, online: boolean } }> } } | null };

export type RecordPaperBallotMutationVariables = Exact<{
  proposalId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
  optionIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  photoId: Scalars['ID']['input'];
}>;


export type RecordPaperBallotMutation = { __typename?: 'Mutation', recordPaperBallot: { __typename: 'OwnerBallot', receipt: string, channel: BallotChannel } };

export type RosterStaffCheckQueryVariables = Exact<{ [key: string]: never; }>;


export type RosterStaffCheckQuery = { __typename?: 'Query', viewer?: { __typename: 'Viewer', id: string, isStaff: boolean } | null };

export type RosterImportPreviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RosterImportPreviewQuery = { __typename?: 'Query', rosterImport?: { __typename: 'RosterImport', id: string, fileName: string, committed: boolean, rowCount: number, problemRowCount: number, rows: Array<{ __typename: 'RosterImportRow', line: number, building: string, unit: string, room: string, areaM2?: string | null, ownerNames: string, phone?: string | null, problemText: Array<string> }> } | null };

export type CommitRosterImportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CommitRosterImportMutation = { __typename?: 'Mutation', commitRosterImport: { __typename: 'RosterImportResult', written: number, skipped: number } };

export type ClaimReviewCard_ClaimFragment = { __typename: 'HouseholdClaim', id: string, unit: string, room: string, areaM2: number, relation: HouseholdRelation, createdAt: string, claimant?: { __typename: 'Person', id: string, displayName: string, realName?: string | null, phone?: string | null } | null, building: { __typename: 'Building', id: string, name: string, compound: { __typename: 'Compound', id: string, name: string } } } & { ' $fragmentName'?: 'ClaimReviewCard_ClaimFragment' };

export type StaffRoles_RoleFragment = { __typename: 'RoleAssignment', id: string, role: Role, scopeKind: ScopeKind, scopeName: string, grantedAt: string, community: { __typename: 'Community', id: string, name: string }, person: { __typename: 'Person', id: string, displayName: string, realName?: string | null } } & { ' $fragmentName'?: 'StaffRoles_RoleFragment' };

export type DeadLetter_MessageFragment = { __typename: 'OutboxMessage', id: string, purpose: string, recipient: string, subject?: string | null, status: string, reason?: DeadLetterReason | null, attempts: number, lastError?: string | null, createdAt: string, lastTriedAt?: string | null } & { ' $fragmentName'?: 'DeadLetter_MessageFragment' };

export type OutboxDeadLettersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OutboxDeadLettersQuery = { __typename?: 'Query', outboxDeadLetters: { __typename: 'OutboxMessageConnection', edges: Array<{ __typename: 'OutboxMessageEdge', cursor: string, node: (
        { __typename: 'OutboxMessage', id: string }
        & { ' $fragmentRefs'?: { 'DeadLetter_MessageFragment': DeadLetter_MessageFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type RetryOutboxMessageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetryOutboxMessageMutation = { __typename?: 'Mutation', retryOutboxMessage: (
    { __typename: 'OutboxMessage' }
    & { ' $fragmentRefs'?: { 'DeadLetter_MessageFragment': DeadLetter_MessageFragment } }
  ) };

export type ClaimsToReviewQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClaimsToReviewQuery = { __typename?: 'Query', householdClaimsToReview: { __typename: 'HouseholdClaimConnection', edges: Array<{ __typename: 'HouseholdClaimEdge', cursor: string, node: (
        { __typename: 'HouseholdClaim', id: string }
        & { ' $fragmentRefs'?: { 'ClaimReviewCard_ClaimFragment': ClaimReviewCard_ClaimFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ReviewHouseholdClaimMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReviewHouseholdClaimMutation = { __typename?: 'Mutation', reviewHouseholdClaim: { __typename: 'HouseholdClaim', id: string, status: ClaimStatus, note?: string | null, reviewedAt?: string | null } };

export type WorkbenchViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkbenchViewerQuery = { __typename?: 'Query', viewer?: { __typename: 'Viewer', id: string, isStaff: boolean, roles: Array<{ __typename: 'RoleAssignment', id: string, role: Role, scopeKind: ScopeKind, scopeId: string, community: { __typename: 'Community', id: string, name: string } }> } | null };

export type StaffRolesQueryVariables = Exact<{
  communityId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type StaffRolesQuery = { __typename?: 'Query', staffRoles: { __typename: 'RoleAssignmentConnection', edges: Array<{ __typename: 'RoleAssignmentEdge', cursor: string, node: (
        { __typename: 'RoleAssignment' }
        & { ' $fragmentRefs'?: { 'StaffRoles_RoleFragment': StaffRoles_RoleFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type PeopleInScopeQueryVariables = Exact<{
  communityId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type PeopleInScopeQuery = { __typename?: 'Query', peopleInScope: Array<{ __typename: 'Person', id: string, displayName: string, realName?: string | null, phone?: string | null }> };

export type RoleScopesQueryVariables = Exact<{ [key: string]: never; }>;


export type RoleScopesQuery = { __typename?: 'Query', communities: Array<{ __typename: 'Community', id: string, name: string, grids: Array<{ __typename: 'Grid', id: string, name: string }>, compounds: Array<{ __typename: 'Compound', id: string, name: string }> }> };

export type GrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;


export type GrantRoleMutation = { __typename?: 'Mutation', grantRole: (
    { __typename: 'RoleAssignment' }
    & { ' $fragmentRefs'?: { 'StaffRoles_RoleFragment': StaffRoles_RoleFragment } }
  ) };

export type RevokeRoleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeRoleMutation = { __typename?: 'Mutation', revokeRole: { __typename: 'RoleAssignment', id: string } };

export type Places_CompoundFragment = { __typename: 'Compound', id: string, name: string, buildings: Array<{ __typename: 'Building', id: string, name: string }> } & { ' $fragmentName'?: 'Places_CompoundFragment' };

export type Places_CommunityFragment = { __typename: 'Community', id: string, name: string, compounds: Array<(
    { __typename: 'Compound' }
    & { ' $fragmentRefs'?: { 'Places_CompoundFragment': Places_CompoundFragment } }
  )> } & { ' $fragmentName'?: 'Places_CommunityFragment' };

export type Places_QueryFragment = { __typename: 'Query', viewer?: { __typename: 'Viewer', id: string, isStaff: boolean, households: Array<{ __typename: 'Household', id: string, building: { __typename: 'Building', id: string, name: string, compound: (
          { __typename: 'Compound', community: { __typename: 'Community', id: string } }
          & { ' $fragmentRefs'?: { 'Places_CompoundFragment': Places_CompoundFragment } }
        ) } }> } | null, communities: Array<(
    { __typename: 'Community' }
    & { ' $fragmentRefs'?: { 'Places_CommunityFragment': Places_CommunityFragment } }
  )> } & { ' $fragmentName'?: 'Places_QueryFragment' };

export type ActivitiesHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type ActivitiesHomeQuery = { __typename?: 'Query', viewer?: { __typename: 'Viewer', id: string, isStaff: boolean, homeCommunity?: { __typename: 'Community', id: string, name: string } | null } | null, communities: Array<{ __typename: 'Community', id: string, name: string }> };

export type HomeCommunityQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeCommunityQuery = { __typename?: 'Query', viewer?: { __typename: 'Viewer', id: string, homeCommunity?: { __typename: 'Community', id: string, name: string } | null } | null, communities: Array<{ __typename: 'Community', id: string, name: string }> };

export type HomeUnreadCountQueryVariables = Exact<{
  communityId: Scalars['ID']['input'];
}>;


export type HomeUnreadCountQuery = { __typename?: 'Query', unreadNoticeCount: number };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export type MeOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type MeOverviewQuery = { __typename?: 'Query', viewer?: { __typename: 'Viewer', id: string, displayName: string, isStaff: boolean, unreadCount: number, roles: Array<{ __typename: 'RoleAssignment', id: string, role: Role }>, households: Array<{ __typename: 'Household', id: string, unit: string, room: string, areaM2: number, relation: HouseholdRelation, building: { __typename: 'Building', id: string, name: string, compound: { __typename: 'Compound', id: string, name: string } } }>, claims: Array<(
      { __typename: 'HouseholdClaim' }
      & { ' $fragmentRefs'?: { 'HouseholdsSection_ClaimFragment': HouseholdsSection_ClaimFragment } }
    )> } | null };

export type HouseholdsSection_ClaimFragment = { __typename: 'HouseholdClaim', id: string, unit: string, room: string, areaM2: number, relation: HouseholdRelation, status: ClaimStatus, note?: string | null, createdAt: string, building: { __typename: 'Building', id: string, name: string, compound: { __typename: 'Compound', id: string, name: string } } } & { ' $fragmentName'?: 'HouseholdsSection_ClaimFragment' };

export const InboxItem_MessageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxItem_message"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboxMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]}}]} as unknown as DocumentNode<InboxItem_MessageFragment, unknown>;
export const NotificationSettingsPage_SettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationSettingsPage_settings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myIssues"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"notices"}},{"kind":"Field","name":{"kind":"Name","value":"work"}},{"kind":"Field","name":{"kind":"Name","value":"digestAt"}},{"kind":"Field","name":{"kind":"Name","value":"quietFrom"}},{"kind":"Field","name":{"kind":"Name","value":"quietTo"}}]}}]} as unknown as DocumentNode<NotificationSettingsPage_SettingsFragment, unknown>;
export const ViewerRegistration_RegistrationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerRegistration_registration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partySize"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ViewerRegistration_RegistrationFragment, unknown>;
export const ActivityCard_ActivityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityCard_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"signUpDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"signUpOpen"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerRegistration_registration"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerRegistration_registration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partySize"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ActivityCard_ActivityFragment, unknown>;
export const ActivityDetail_ActivityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityDetail_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityCard_activity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxPartySize"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"needsApproval"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"pendingCount"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"perParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasReminder"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerRegistration_registration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partySize"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityCard_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"signUpDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"signUpOpen"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerRegistration_registration"}}]}}]}}]} as unknown as DocumentNode<ActivityDetail_ActivityFragment, unknown>;
export const ActivitySeats_ActivityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivitySeats_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"pendingCount"}},{"kind":"Field","name":{"kind":"Name","value":"signUpOpen"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerRegistration_registration"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerRegistration_registration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partySize"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ActivitySeats_ActivityFragment, unknown>;
export const ActivityEdit_ActivityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityEdit_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"signUpDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartySize"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}},{"kind":"Field","name":{"kind":"Name","value":"needsApproval"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"perParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]} as unknown as DocumentNode<ActivityEdit_ActivityFragment, unknown>;
export const StaffRegistration_RegistrationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRegistration_registration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partySize"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"scene"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<StaffRegistration_RegistrationFragment, unknown>;
export const ProposalCard_ProposalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalCard_proposal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"advisory"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cosignCount"}},{"kind":"Field","name":{"kind":"Name","value":"cosignThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"cosignDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}}]}}]} as unknown as DocumentNode<ProposalCard_ProposalFragment, unknown>;
export const ProposalComment_CommentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalComment_comment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"reportCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerReported"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ProposalComment_CommentFragment, unknown>;
export const FinanceEntryRow_EntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinanceEntryRow_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"counterparty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanApprove"}}]}}]} as unknown as DocumentNode<FinanceEntryRow_EntryFragment, unknown>;
export const IssueListItem_IssueFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueListItem_issue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<IssueListItem_IssueFragment, unknown>;
export const IssueListBody_ConnectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueListBody_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IssueConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueListItem_issue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueListItem_issue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<IssueListBody_ConnectionFragment, unknown>;
export const IssueDetail_IssueFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueDetail_issue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"spot"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReporter"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsStaffInScope"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOnBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterRoom"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeName"}},{"kind":"Field","name":{"kind":"Name","value":"workPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpPending"}},{"kind":"Field","name":{"kind":"Name","value":"followUpAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"linkedProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerNextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsStaffInScope"}}]}}]} as unknown as DocumentNode<IssueDetail_IssueFragment, unknown>;
export const IssueFiguresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IssueFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedCount"}},{"kind":"Field","name":{"kind":"Name","value":"medianHoursToResolve"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeShare"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"ratedCount"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedCount"}},{"kind":"Field","name":{"kind":"Name","value":"medianHoursToResolve"}}]}}]}}]} as unknown as DocumentNode<IssueFiguresFieldsFragment, unknown>;
export const NoticeArticle_NoticeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeArticle_notice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NoticeArticle_NoticeFragment, unknown>;
export const NoticeListItem_NoticeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeListItem_notice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAck"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasRead"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasAcknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<NoticeListItem_NoticeFragment, unknown>;
export const NoticeAckStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeAckState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAck"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasAcknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasRead"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}}]}}]} as unknown as DocumentNode<NoticeAckStateFragment, unknown>;
export const ClaimReviewCard_ClaimFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimReviewCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ClaimReviewCard_ClaimFragment, unknown>;
export const StaffRoles_RoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRoles_role"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeKind"}},{"kind":"Field","name":{"kind":"Name","value":"scopeName"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}}]}}]}}]} as unknown as DocumentNode<StaffRoles_RoleFragment, unknown>;
export const DeadLetter_MessageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadLetter_message"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutboxMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastTriedAt"}}]}}]} as unknown as DocumentNode<DeadLetter_MessageFragment, unknown>;
export const Places_CompoundFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Places_compound"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Compound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<Places_CompoundFragment, unknown>;
export const Places_CommunityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Places_community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Places_compound"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Places_compound"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Compound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<Places_CommunityFragment, unknown>;
export const Places_QueryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Places_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isStaff"}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Places_compound"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Places_community"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Places_compound"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Compound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Places_community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Places_compound"}}]}}]}}]} as unknown as DocumentNode<Places_QueryFragment, unknown>;
export const HouseholdsSection_ClaimFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdsSection_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdsSection_ClaimFragment, unknown>;
export const SignInDevDocument = {"__meta__":{"hash":"ad1d38609dd62aba0d7f90c10067859f49932e40e62c308a0d36108fdf4d8e85"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInDev"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"handle"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInDev"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"handle"},"value":{"kind":"Variable","name":{"kind":"Name","value":"handle"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"isStaff"}}]}}]}}]}}]} as unknown as DocumentNode<SignInDevMutation, SignInDevMutationVariables>;
export const ClaimPlacesDocument = {"__meta__":{"hash":"03b0902c62800126a629acd4b3b6672d3d5f9601e21c238bba299cc87c2096b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Places_community"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Places_compound"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Compound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Places_community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Places_compound"}}]}}]}}]} as unknown as DocumentNode<ClaimPlacesQuery, ClaimPlacesQueryVariables>;
export const ClaimHouseholdDocument = {"__meta__":{"hash":"91143de65356ca04efdd8084e32674e297b3e0e93090ab45a2d53862bc01bd44"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimHouseholdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HouseholdsSection_claim"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdsSection_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ClaimHouseholdMutation, ClaimHouseholdMutationVariables>;
export const InboxDocument = {"__meta__":{"hash":"394031e41492b2fd27c2b5f58334e4acfafb5991d431ceccde174c7859d5f403"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"inbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxItem_message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxItem_message"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboxMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const MarkInboxReadDocument = {"__meta__":{"hash":"7df4479f572160a14ee17e2003d6ee8cd25a7669a557faaa38faae89a622ed03"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkInboxRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markInboxRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkInboxReadMutation, MarkInboxReadMutationVariables>;
export const MarkAllInboxReadDocument = {"__meta__":{"hash":"16f3c598e50d023fe7aff98e66d8fcb98b5da7a562b8e3b1efcc485579c27468"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllInboxRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllInboxRead"}}]}}]} as unknown as DocumentNode<MarkAllInboxReadMutation, MarkAllInboxReadMutationVariables>;
export const PersonalDataKeptDocument = {"__meta__":{"hash":"3704728e3745e9b0c66be42dc6f488baf7889a30f5054bdb40f84ed8f2c978a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonalDataKept"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalDataKeptAfterDeletion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"why"}}]}}]}}]} as unknown as DocumentNode<PersonalDataKeptQuery, PersonalDataKeptQueryVariables>;
export const NotificationSettingsDocument = {"__meta__":{"hash":"918d0557fb2a4ee7fd65b584cda069e893f49bb9ae225295ea7ced2f4186d75c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationSettingsPage_settings"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationSettingsPage_settings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myIssues"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"notices"}},{"kind":"Field","name":{"kind":"Name","value":"work"}},{"kind":"Field","name":{"kind":"Name","value":"digestAt"}},{"kind":"Field","name":{"kind":"Name","value":"quietFrom"}},{"kind":"Field","name":{"kind":"Name","value":"quietTo"}}]}}]} as unknown as DocumentNode<NotificationSettingsQuery, NotificationSettingsQueryVariables>;
export const UpdateNotificationSettingsDocument = {"__meta__":{"hash":"692a2778cdc47c06bb176e84df9d73e00ee908b4a12e9f498947133172a8c84d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNotificationSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotificationSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationSettingsPage_settings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationSettingsPage_settings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myIssues"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"notices"}},{"kind":"Field","name":{"kind":"Name","value":"work"}},{"kind":"Field","name":{"kind":"Name","value":"digestAt"}},{"kind":"Field","name":{"kind":"Name","value":"quietFrom"}},{"kind":"Field","name":{"kind":"Name","value":"quietTo"}}]}}]} as unknown as DocumentNode<UpdateNotificationSettingsMutation, UpdateNotificationSettingsMutationVariables>;
export const ExportMyDataDocument = {"__meta__":{"hash":"fe64ba5fa88b6166f17093b504886106404b2927f41b047c56d4158b98432323"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportMyData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportMyData"}}]}}]} as unknown as DocumentNode<ExportMyDataQuery, ExportMyDataQueryVariables>;
export const DeleteMyAccountDocument = {"__meta__":{"hash":"a445e18db5792a4971d18e71cbb3a92fc67a1bf844eed70bf3c2d2e940d80faf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMyAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMyAccount"}}]}}]} as unknown as DocumentNode<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const SignInWithWeChatDocument = {"__meta__":{"hash":"aaeff17f37a84298d0379e6af9a26443567debf99d96ca648b69133c862abce5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInWithWeChat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInWithWeChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"isStaff"}}]}}]}}]}}]} as unknown as DocumentNode<SignInWithWeChatMutation, SignInWithWeChatMutationVariables>;
export const SubscribeTemplatesDocument = {"__meta__":{"hash":"b52d03f69379e4500057d4b79d14ba64a7a7fffc470287a40411630ad57c6de1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubscribeTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribeTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}}]}}]}}]} as unknown as DocumentNode<SubscribeTemplatesQuery, SubscribeTemplatesQueryVariables>;
export const RecordSubscribeConsentDocument = {"__meta__":{"hash":"fbd600f8db04f73fba0cc89249c7f4c2d18ddd865123258c8d241ebaefce602e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSubscribeConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accepted"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSubscribeConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accepted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accepted"}}}]}]}}]} as unknown as DocumentNode<RecordSubscribeConsentMutation, RecordSubscribeConsentMutationVariables>;
export const ActivityDetailDocument = {"__meta__":{"hash":"6997010527650d5bde3cc304307f7fa92816834c34b55dd1174da96899003d08"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityDetail_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerRegistration_registration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partySize"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityCard_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"signUpDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"signUpOpen"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerRegistration_registration"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityDetail_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityCard_activity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxPartySize"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"needsApproval"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"pendingCount"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"perParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasReminder"}}]}}]} as unknown as DocumentNode<ActivityDetailQuery, ActivityDetailQueryVariables>;
export const RegisterForActivityDocument = {"__meta__":{"hash":"1a6c247b4dccf70877e689ac7b2cdbd5d248fd4291cf303f3dfb4f81a78d2c53"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterForActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partySize"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scene"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"partySize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partySize"}}},{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}},{"kind":"Argument","name":{"kind":"Name","value":"scene"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scene"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerRegistration_registration"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivitySeats_activity"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerRegistration_registration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partySize"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivitySeats_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"pendingCount"}},{"kind":"Field","name":{"kind":"Name","value":"signUpOpen"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerRegistration_registration"}}]}}]}}]} as unknown as DocumentNode<RegisterForActivityMutation, RegisterForActivityMutationVariables>;
export const CancelRegistrationDocument = {"__meta__":{"hash":"4e43a018712523f75a0fee1ba4cf5c903ec3881a605b997e0d28bb4a50021dc5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerRegistration_registration"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivitySeats_activity"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerRegistration_registration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partySize"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivitySeats_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"pendingCount"}},{"kind":"Field","name":{"kind":"Name","value":"signUpOpen"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerRegistration_registration"}}]}}]}}]} as unknown as DocumentNode<CancelRegistrationMutation, CancelRegistrationMutationVariables>;
export const RequestActivityReminderDocument = {"__meta__":{"hash":"3e640e8b00ea0b8c7ce0691aa7a7501cc108f069776b1ffb39f5df98f47b302f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestActivityReminder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestActivityReminder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}}]}]}}]} as unknown as DocumentNode<RequestActivityReminderMutation, RequestActivityReminderMutationVariables>;
export const ActivityIcsDocument = {"__meta__":{"hash":"8b9dbb53efbf28b139d8c406a6f040d54f8c6d925f4d983b492e87f674c94757"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityIcs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityIcs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ActivityIcsQuery, ActivityIcsQueryVariables>;
export const ActivityShareLinkDocument = {"__meta__":{"hash":"ea6a38f2507a5457cff02875f3a5c70cecfade85ca369aa8821a8c498d917d02"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityShareLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}}]}]}}]} as unknown as DocumentNode<ActivityShareLinkMutation, ActivityShareLinkMutationVariables>;
export const ActivityForEditDocument = {"__meta__":{"hash":"7f353320226a510fed4e41de3f933b0efcd5ef1fd564a0e5e5fb019acab90bab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityEdit_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityEdit_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"signUpDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartySize"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}},{"kind":"Field","name":{"kind":"Name","value":"needsApproval"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"perParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]} as unknown as DocumentNode<ActivityForEditQuery, ActivityForEditQueryVariables>;
export const CreateActivityDocument = {"__meta__":{"hash":"11daaa101901271c2c52b28c81374d5af23411b7460dd63a6ed4f0b486bbc91c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityEdit_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityEdit_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"signUpDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartySize"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}},{"kind":"Field","name":{"kind":"Name","value":"needsApproval"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"perParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]} as unknown as DocumentNode<CreateActivityMutation, CreateActivityMutationVariables>;
export const UpdateActivityDocument = {"__meta__":{"hash":"08f85fed1d649cba183d23a327b6d0e581dfe154af22114d49af65a645bc80cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityEdit_activity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityEdit_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"signUpDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartySize"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}},{"kind":"Field","name":{"kind":"Name","value":"needsApproval"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"perParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]} as unknown as DocumentNode<UpdateActivityMutation, UpdateActivityMutationVariables>;
export const PublishActivityDocument = {"__meta__":{"hash":"18aa5bb546a6dd7bfc0b2516d81d9c7cb50bc94eec015d8d11fe5d68e0009854"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityEdit_activity"}},{"kind":"Field","name":{"kind":"Name","value":"signUpOpen"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityEdit_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"signUpDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartySize"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}},{"kind":"Field","name":{"kind":"Name","value":"needsApproval"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"perParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]} as unknown as DocumentNode<PublishActivityMutation, PublishActivityMutationVariables>;
export const CancelActivityDocument = {"__meta__":{"hash":"b0a7a810a16194b0e6f8ac15ff0c25b883f1d6130c493a21ad110df327ea149e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityEdit_activity"}},{"kind":"Field","name":{"kind":"Name","value":"signUpOpen"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityEdit_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"signUpDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartySize"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}},{"kind":"Field","name":{"kind":"Name","value":"needsApproval"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"perParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]} as unknown as DocumentNode<CancelActivityMutation, CancelActivityMutationVariables>;
export const ActivityRegistrationsDocument = {"__meta__":{"hash":"e180378a53799d508270f18b4b8123da40911cae237dbb8a8472a2134d8ae020"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityRegistrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"pendingCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartySize"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"attendedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"noShowSeats"}},{"kind":"Field","name":{"kind":"Name","value":"registrationCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistedCount"}},{"kind":"Field","name":{"kind":"Name","value":"pendingCount"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledCount"}},{"kind":"Field","name":{"kind":"Name","value":"declinedCount"}},{"kind":"Field","name":{"kind":"Name","value":"byScene"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"scene"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffRegistration_registration"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRegistration_registration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partySize"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"scene"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ActivityRegistrationsQuery, ActivityRegistrationsQueryVariables>;
export const ReviewRegistrationDocument = {"__meta__":{"hash":"30482aa9f88044b4d75fc5a4efa619d0e3a9383811c4116df83c9f0b7170bb7a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffRegistration_registration"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"pendingCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRegistration_registration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partySize"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"scene"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ReviewRegistrationMutation, ReviewRegistrationMutationVariables>;
export const RegistrationsCsvDocument = {"__meta__":{"hash":"bce7f573701e189775ede50cab2d057e4982cadeef87893af6010038b4d9bdab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistrationsCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationsCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}}]}]}}]} as unknown as DocumentNode<RegistrationsCsvQuery, RegistrationsCsvQueryVariables>;
export const RegisterOnBehalfDocument = {"__meta__":{"hash":"e83c6e8ef8e53d9584714ee7af9ce6c8f9f4663bde2575bcffbe92fd3652782c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterOnBehalf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partySize"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerOnBehalf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"partySize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partySize"}}},{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffRegistration_registration"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRegistration_registration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partySize"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"scene"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<RegisterOnBehalfMutation, RegisterOnBehalfMutationVariables>;
export const CheckInRegistrationDocument = {"__meta__":{"hash":"94a1ee13b316718dee8a6056124afd3d224ec7d3e5a90474afb2881634a651bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckInRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partySize"}},{"kind":"Field","name":{"kind":"Name","value":"attendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CheckInRegistrationMutation, CheckInRegistrationMutationVariables>;
export const SignUpProfileDocument = {"__meta__":{"hash":"113971a97f69c37c86f6d97b0ddcee01f807978e4cf0ca4bc7ce511f8e610aa8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignUpProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<SignUpProfileQuery, SignUpProfileQueryVariables>;
export const ActivitiesListDocument = {"__meta__":{"hash":"abbfa82c3f3d2f667ac86db5d121d2d6f64ba62118bb43e565d8d3e48517e122"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivitiesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityCard_activity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerRegistration_registration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partySize"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityCard_activity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"signUpDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"signUpOpen"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerRegistration_registration"}}]}}]}}]} as unknown as DocumentNode<ActivitiesListQuery, ActivitiesListQueryVariables>;
export const MyRegistrationsDocument = {"__meta__":{"hash":"dc833112bd7ce928db3d4cf3f5d43f5efd128e65a79c68bb9dd94ad57ec787b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRegistrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRegistrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerRegistration_registration"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerRegistration_registration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partySize"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<MyRegistrationsQuery, MyRegistrationsQueryVariables>;
export const ConsultPlacesDocument = {"__meta__":{"hash":"c52c12b23a0404b3923e736ba2d929d48653dd128d65b4a492b74a3ed08b33d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsultPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Places_query"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Places_compound"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Compound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Places_community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Places_compound"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Places_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isStaff"}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Places_compound"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Places_community"}}]}}]}}]} as unknown as DocumentNode<ConsultPlacesQuery, ConsultPlacesQueryVariables>;
export const ConsultSitePlanDocument = {"__meta__":{"hash":"7c7903833dba447fc74dca3a6d9bc61400f5c61a82e66437ba33e56846518810"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsultSitePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"compounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"consultSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cosignThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"cosignDays"}},{"kind":"Field","name":{"kind":"Name","value":"sitePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsultSitePlanQuery, ConsultSitePlanQueryVariables>;
export const ProposalDetailDocument = {"__meta__":{"hash":"324feee8e7561c37d78d23492a56b408bba4dc04e9047ebdfe8f53ca366e0ee6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hiddenIssueCount"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"advisory"}},{"kind":"Field","name":{"kind":"Name","value":"ballotKind"}},{"kind":"Field","name":{"kind":"Name","value":"maxChoices"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cosignCount"}},{"kind":"Field","name":{"kind":"Name","value":"cosignThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"cosignDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasCosigned"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCosign"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"pinX"}},{"kind":"Field","name":{"kind":"Name","value":"pinY"}},{"kind":"Field","name":{"kind":"Name","value":"amendment"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalComment_comment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalComment_comment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalComment_comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"votedHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"quorumReached"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"tie"}},{"kind":"Field","name":{"kind":"Name","value":"winningOptionIds"}},{"kind":"Field","name":{"kind":"Name","value":"participationHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"participationArea"}},{"kind":"Field","name":{"kind":"Name","value":"participatingOwners"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleOwners"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"electorate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"owners"}},{"kind":"Field","name":{"kind":"Name","value":"chainHead"}},{"kind":"Field","name":{"kind":"Name","value":"everyoneVoted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerProxyUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerBallot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"optionIds"}},{"kind":"Field","name":{"kind":"Name","value":"assisted"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"}},{"kind":"Field","name":{"kind":"Name","value":"castAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanVote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerVoteBlockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsCommittee"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"sitePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetCents"}},{"kind":"Field","name":{"kind":"Name","value":"spentCents"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetCents"}},{"kind":"Field","name":{"kind":"Name","value":"spentCents"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceOpen"}},{"kind":"Field","name":{"kind":"Name","value":"acceptance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"sentBack"}},{"kind":"Field","name":{"kind":"Name","value":"viewerAnswer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalComment_comment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"reportCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerReported"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ProposalDetailQuery, ProposalDetailQueryVariables>;
export const CreateProposalDocument = {"__meta__":{"hash":"16c8669aa1eceed9ba72090457c9d9b47c797230982045a04c3ba7ef69b68e02"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<CreateProposalMutation, CreateProposalMutationVariables>;
export const SubmitProposalDocument = {"__meta__":{"hash":"c4cb69365bdaffe0da8625d0e1e79614f0621b51b38f49f73d7ce8dd291a9ea3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<SubmitProposalMutation, SubmitProposalMutationVariables>;
export const WithdrawProposalDocument = {"__meta__":{"hash":"08c7a00101dc66f8d647aa19dbd516f63ba04b284a0c1d4f0b2ec340ca869c56"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<WithdrawProposalMutation, WithdrawProposalMutationVariables>;
export const CosignProposalDocument = {"__meta__":{"hash":"a389fd6295336d7c0cfba052173a430a154989bca6a50b5c9c5abb1a33fe87bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CosignProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cosignProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"cosignCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasCosigned"}}]}}]}}]} as unknown as DocumentNode<CosignProposalMutation, CosignProposalMutationVariables>;
export const OpenDiscussionDocument = {"__meta__":{"hash":"57f53385150f1d4c1c5f70b2018194d15b754940f4015d18868b7c72d34042a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenDiscussion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openDiscussion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<OpenDiscussionMutation, OpenDiscussionMutationVariables>;
export const AddProposalCommentDocument = {"__meta__":{"hash":"035e273276a6ec0ef422fcdd04c892d12875dd944691adb8e87902cfcdd45d27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddProposalComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddProposalCommentMutation, AddProposalCommentMutationVariables>;
export const ReportProposalCommentDocument = {"__meta__":{"hash":"d5297116f5beeb132d9157804a659c39981888dec492e54bd1cbb7c63d118325"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportProposalComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerReported"}}]}}]}}]} as unknown as DocumentNode<ReportProposalCommentMutation, ReportProposalCommentMutationVariables>;
export const HideProposalCommentDocument = {"__meta__":{"hash":"ba7d10d90b5e8db057693b579b66137d854ca7aa3f6354566e4402951d4253bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HideProposalComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hidden"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hideComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"hidden"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hidden"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}}]}}]} as unknown as DocumentNode<HideProposalCommentMutation, HideProposalCommentMutationVariables>;
export const AddProposalOptionDocument = {"__meta__":{"hash":"ed5c851a296cb66c494c377e17466fe8d31dcc78966278def5cc2932c9bad53e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddProposalOption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddOptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddProposalOptionMutation, AddProposalOptionMutationVariables>;
export const ScheduleMeetingDocument = {"__meta__":{"hash":"b572060524c459a20afa1fd4b045fb1208b3eb4a92aa2f23c618a51143e63de8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"place"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}},{"kind":"Argument","name":{"kind":"Name","value":"place"},"value":{"kind":"Variable","name":{"kind":"Name","value":"place"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const PostMinutesDocument = {"__meta__":{"hash":"90b419d0015c287cc4b99086283484e3f3bbd9a532f317ecdbcbb04346a61450"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PostMinutesMutation, PostMinutesMutationVariables>;
export const OpenVotingDocument = {"__meta__":{"hash":"d7d4b9199509ec039748aa444c124842484c9838bda84abbab2b508f9b18139a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenVoting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"closesAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openVoting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"closesAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"closesAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<OpenVotingMutation, OpenVotingMutationVariables>;
export const CastBallotDocument = {"__meta__":{"hash":"d2cb493e3d08716272f87d13998d46423f9a93ed3b1a97b9d1c8b979c0a12217"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CastBallot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"optionIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castBallot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"proposalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"optionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"optionIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"optionIds"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"}}]}}]}}]} as unknown as DocumentNode<CastBallotMutation, CastBallotMutationVariables>;
export const AssistedHouseholdsDocument = {"__meta__":{"hash":"a24000a272cc8e88e0f2695a731ca4e1d9c0d5dd45949bfa24b31b97c0e81d4f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssistedHouseholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdsInScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"mayVote"}},{"kind":"Field","name":{"kind":"Name","value":"voted"}},{"kind":"Field","name":{"kind":"Name","value":"assisted"}}]}}]}}]}}]} as unknown as DocumentNode<AssistedHouseholdsQuery, AssistedHouseholdsQueryVariables>;
export const RecordAssistedBallotDocument = {"__meta__":{"hash":"b862515d56082b9e1fd2c76cb50e0cd383d101666a3c6b14da8020ce6e98b470"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAssistedBallot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"optionIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"photoId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAssistedBallot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"proposalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}},{"kind":"Argument","name":{"kind":"Name","value":"optionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"optionIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"photoId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"photoId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"optionIds"}},{"kind":"Field","name":{"kind":"Name","value":"assisted"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"}}]}}]}}]} as unknown as DocumentNode<RecordAssistedBallotMutation, RecordAssistedBallotMutationVariables>;
export const CloseVotingDocument = {"__meta__":{"hash":"fa983f1349150be5c3cd9ef919fcb837ac804a9ab626fc30b4e57d8050f3d96d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseVoting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeVoting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<CloseVotingMutation, CloseVotingMutationVariables>;
export const WriteOutcomeDocument = {"__meta__":{"hash":"a3a101f8d9bcb88c8bab7677a109145033cf4ff1ae307adecb9ed4ff4e981829"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WriteOutcomeMutation, WriteOutcomeMutationVariables>;
export const AddProposalTaskDocument = {"__meta__":{"hash":"0f72da7b8712362c637f5a668d40d8a892eaf86f1253040d03e586c39247605e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddProposalTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"proposalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddProposalTaskMutation, AddProposalTaskMutationVariables>;
export const UpdateProposalTaskDocument = {"__meta__":{"hash":"d04f7d19e295b5420f8ce80adb4b705facc723b96689bb483a6e10710368c993"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProposalTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateProposalTaskMutation, UpdateProposalTaskMutationVariables>;
export const FinishWorkDocument = {"__meta__":{"hash":"0bc7325cbde028c75f35efeb0a570607ee37d46478c1287e987ad274114cc211"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FinishWorkMutation, FinishWorkMutationVariables>;
export const AnswerAcceptanceDocument = {"__meta__":{"hash":"4bc9508d36e7c5911f400b21bc8900b977ade22ae634b30ffe65efec8521c363"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerAcceptance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerAcceptance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AnswerAcceptanceMutation, AnswerAcceptanceMutationVariables>;
export const CloseAcceptanceDocument = {"__meta__":{"hash":"de1a5cd343947a5ba7565c400999219b3cf756ff6d115b93e0261a152b31ba31"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseAcceptance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeAcceptance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<CloseAcceptanceMutation, CloseAcceptanceMutationVariables>;
export const SetSitePlanDocument = {"__meta__":{"hash":"d139d950141234ba61bbe26509899448abad2f6620828f2fdf8075a9549dfa50"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSitePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"compoundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mediaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSitePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"compoundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"compoundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mediaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mediaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sitePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<SetSitePlanMutation, SetSitePlanMutationVariables>;
export const IssueClustersDocument = {"__meta__":{"hash":"bf33858322daca1304b7ca3abbdaeb3fdbcde05f22b07959fa30446afaf8edc7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssueClusters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"compoundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueClusters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"compoundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"compoundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"privateCount"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedTitle"}},{"kind":"Field","name":{"kind":"Name","value":"publicIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<IssueClustersQuery, IssueClustersQueryVariables>;
export const ProposeFromClusterDocument = {"__meta__":{"hash":"51571a661596dbf2eb8cf7051868b90a82d86b9b8e85ee82e1bc95b858145cec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeFromCluster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeFromClusterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeFromCluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<ProposeFromClusterMutation, ProposeFromClusterMutationVariables>;
export const ProposalFundDrawsDocument = {"__meta__":{"hash":"cd7bf2b4db2e3e408619b7603c21aff7edf51ed50dce937205644680fc4f8e64"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalFundDraws"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fundDrawnFen"}},{"kind":"Field","name":{"kind":"Name","value":"fundDraws"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<ProposalFundDrawsQuery, ProposalFundDrawsQueryVariables>;
export const ProposalPreviewDocument = {"__meta__":{"hash":"7e0ef44b4c805f4eedb4bc36bfeca2baf6d37685041adf370e01f06696c0f533"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposalPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"compoundName"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}}]}}]}}]} as unknown as DocumentNode<ProposalPreviewQuery, ProposalPreviewQueryVariables>;
export const ProposalListDocument = {"__meta__":{"hash":"d5880471cb61e075e6e27568f555470336733722a12cd02c34f52330bc5e1ef4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalCard_proposal"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalCard_proposal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"advisory"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cosignCount"}},{"kind":"Field","name":{"kind":"Name","value":"cosignThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"cosignDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}}]}}]} as unknown as DocumentNode<ProposalListQuery, ProposalListQueryVariables>;
export const FinanceStatementDocument = {"__meta__":{"hash":"ddafb9d8b8b7bb2404f11f7c7a949fe0da362bfdc550ccc1df8eaf06a8f4c290"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinanceStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"compoundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"compoundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"compoundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomeFen"}},{"kind":"Field","name":{"kind":"Name","value":"spendingFen"}},{"kind":"Field","name":{"kind":"Name","value":"openingBalanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"closingBalanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"income"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"incomeFen"}},{"kind":"Field","name":{"kind":"Name","value":"spendingFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundOpeningFen"}},{"kind":"Field","name":{"kind":"Name","value":"fundDepositsFen"}},{"kind":"Field","name":{"kind":"Name","value":"fundDrawsFen"}},{"kind":"Field","name":{"kind":"Name","value":"fundClosingFen"}},{"kind":"Field","name":{"kind":"Name","value":"fundDraws"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"chainHead"}},{"kind":"Field","name":{"kind":"Name","value":"chainLength"}},{"kind":"Field","name":{"kind":"Name","value":"openQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"overdueQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRecords"}},{"kind":"Field","name":{"kind":"Name","value":"viewerApproves"}}]}}]}}]} as unknown as DocumentNode<FinanceStatementQuery, FinanceStatementQueryVariables>;
export const FinanceAccessDocument = {"__meta__":{"hash":"3e0eccf63785c997dcad3535d5865e60b129f69e9398b231e5b8c7dc337bd4b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinanceAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"compoundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"compoundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"compoundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"approves"}},{"kind":"Field","name":{"kind":"Name","value":"keeps"}},{"kind":"Field","name":{"kind":"Name","value":"reads"}}]}}]}}]} as unknown as DocumentNode<FinanceAccessQuery, FinanceAccessQueryVariables>;
export const FinanceEntriesDocument = {"__meta__":{"hash":"96b7c461d8cb00d11237358307e93be3cbf0b07aabd7b101a2610f3e60801845"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinanceEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"compoundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"account"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceAccount"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pending"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"compoundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"compoundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"account"},"value":{"kind":"Variable","name":{"kind":"Name","value":"account"}}},{"kind":"Argument","name":{"kind":"Name","value":"pending"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pending"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinanceEntryRow_entry"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinanceEntryRow_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"counterparty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanApprove"}}]}}]} as unknown as DocumentNode<FinanceEntriesQuery, FinanceEntriesQueryVariables>;
export const FinanceEntryDocument = {"__meta__":{"hash":"7e55ded406c4f262a239f29b95d281775983d75a385aaa7f05215881fc1d2307"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinanceEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinanceEntryRow_entry"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"prevHash"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerAnswers"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reverses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vouchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"askedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinanceEntryRow_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"counterparty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanApprove"}}]}}]} as unknown as DocumentNode<FinanceEntryQuery, FinanceEntryQueryVariables>;
export const AskFinanceQuestionDocument = {"__meta__":{"hash":"597af2033d89142292f73d8c83877aac33da0a647fd223c112deaf9d4702bdca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskFinanceQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askFinanceQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AskFinanceQuestionMutation, AskFinanceQuestionMutationVariables>;
export const AnswerFinanceQuestionDocument = {"__meta__":{"hash":"819f21f04f0d2b8ccac7250d689fe7dd7f67210595858396325ced935230d250"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerFinanceQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerFinanceQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<AnswerFinanceQuestionMutation, AnswerFinanceQuestionMutationVariables>;
export const ApproveFinanceEntryDocument = {"__meta__":{"hash":"350600eb6cf3520ef78e92a2533d99aef432c07b5db929e77c5dd40a15be4aaa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveFinanceEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveFinanceEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanApprove"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}}]}}]} as unknown as DocumentNode<ApproveFinanceEntryMutation, ApproveFinanceEntryMutationVariables>;
export const RecordFinanceEntryDocument = {"__meta__":{"hash":"0b1d3d4efbd26b2e4db79de6f1a57e8a32477e64f585d32666a48218eba7e732"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFinanceEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFinanceEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FinanceEntryRow_entry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinanceEntryRow_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"counterparty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanApprove"}}]}}]} as unknown as DocumentNode<RecordFinanceEntryMutation, RecordFinanceEntryMutationVariables>;
export const PublishFinanceStatementDocument = {"__meta__":{"hash":"0cbd9a695b75721191ee4f54f45fa660f54ab590d33ab08344c49557fafebd70"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishFinanceStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"compoundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishFinanceStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"compoundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"compoundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<PublishFinanceStatementMutation, PublishFinanceStatementMutationVariables>;
export const FinanceImportPreviewDocument = {"__meta__":{"hash":"2704375a253e8c94fe2a299fec8cfd434eccb1d169ff9f12222fd7cb3ad9539b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinanceImportPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"problemRowCount"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"counterparty"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]}}]} as unknown as DocumentNode<FinanceImportPreviewQuery, FinanceImportPreviewQueryVariables>;
export const CommitFinanceImportDocument = {"__meta__":{"hash":"39775a8004663124821bf54cad9afae88b05c94b15e57d9b68228d998b9e7de3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitFinanceImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitFinanceImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]}}]} as unknown as DocumentNode<CommitFinanceImportMutation, CommitFinanceImportMutationVariables>;
export const HomeIssueFiguresDocument = {"__meta__":{"hash":"9243eaec6b8bbb59d7957ef17f93e32b873042fff24d5cb511c877723f274293"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeIssueFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"openCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastHundred"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedCount"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeShare"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}}]}}]}}]}}]} as unknown as DocumentNode<HomeIssueFiguresQuery, HomeIssueFiguresQueryVariables>;
export const IssuesListDocument = {"__meta__":{"hash":"17c31505e00d8eb1c61e651fa96c2877b72ef4adeb804ca8640679a2d2b98e36"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssuesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueListBody_connection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueListItem_issue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueListBody_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IssueConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueListItem_issue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<IssuesListQuery, IssuesListQueryVariables>;
export const WorkbenchIssuesDocument = {"__meta__":{"hash":"dfec25f2ae9cc71696882bb06377f5b5786479f075692762034987871443a473"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkbenchIssues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workbenchIssues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueListBody_connection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueListItem_issue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueListBody_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IssueConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueListItem_issue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<WorkbenchIssuesQuery, WorkbenchIssuesQueryVariables>;
export const IssuePlacesDocument = {"__meta__":{"hash":"caf122bda5290ef9f9eed654d5c539e252bff5b6d17e74f8e84c41d07f47c3c6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssuePlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Places_query"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Places_compound"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Compound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Places_community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Places_compound"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Places_query"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isStaff"}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Places_compound"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Places_community"}}]}}]}}]} as unknown as DocumentNode<IssuePlacesQuery, IssuePlacesQueryVariables>;
export const SimilarIssuesDocument = {"__meta__":{"hash":"7a37c05d60ad9e7d8166710fc8877599b401d815c073267841006759108590b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimilarIssues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SimilarIssuesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarIssues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueListItem_issue"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueListItem_issue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SimilarIssuesQuery, SimilarIssuesQueryVariables>;
export const IssueDetailDocument = {"__meta__":{"hash":"1916374ffa570f89b106c5e63a039087da3d4c2ffc57e59dc76bf04d33ffe9a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssueDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueDetail_issue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueDetail_issue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"spot"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReporter"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsStaffInScope"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOnBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterRoom"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeName"}},{"kind":"Field","name":{"kind":"Name","value":"workPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpPending"}},{"kind":"Field","name":{"kind":"Name","value":"followUpAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"linkedProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerNextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsStaffInScope"}}]}}]} as unknown as DocumentNode<IssueDetailQuery, IssueDetailQueryVariables>;
export const IssueHandlersDocument = {"__meta__":{"hash":"721b31067bc78f61a162ec3b94051eca81a27451dd14d9542dfc68f0c5269590"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssueHandlers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"issueId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueHandlers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"issueId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"issueId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeName"}}]}}]}}]} as unknown as DocumentNode<IssueHandlersQuery, IssueHandlersQueryVariables>;
export const RaiseIssueDocument = {"__meta__":{"hash":"14e077a3dca94294ff8dedac956e14ea3697ec1ab94f31f265579174354f3661"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueDetail_issue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueDetail_issue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"spot"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReporter"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsStaffInScope"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOnBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterRoom"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeName"}},{"kind":"Field","name":{"kind":"Name","value":"workPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpPending"}},{"kind":"Field","name":{"kind":"Name","value":"followUpAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"linkedProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerNextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsStaffInScope"}}]}}]} as unknown as DocumentNode<RaiseIssueMutation, RaiseIssueMutationVariables>;
export const AdvanceIssueDocument = {"__meta__":{"hash":"b9f68b11bc11043a23c050b758f48b10a91c61900558dc91f9872616c0d7eb6d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvanceIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"photoIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"photoIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"photoIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueDetail_issue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueDetail_issue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"spot"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReporter"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsStaffInScope"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOnBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterRoom"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeName"}},{"kind":"Field","name":{"kind":"Name","value":"workPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpPending"}},{"kind":"Field","name":{"kind":"Name","value":"followUpAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"linkedProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerNextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsStaffInScope"}}]}}]} as unknown as DocumentNode<AdvanceIssueMutation, AdvanceIssueMutationVariables>;
export const AddIssueNoteDocument = {"__meta__":{"hash":"07ca567ea348b0364f1966686cd54ded8254d3b615d50b40b6c9a1b44d7380fd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddIssueNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"photoIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addIssueNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"photoIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"photoIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueDetail_issue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueDetail_issue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"spot"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReporter"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsStaffInScope"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOnBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterRoom"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeName"}},{"kind":"Field","name":{"kind":"Name","value":"workPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpPending"}},{"kind":"Field","name":{"kind":"Name","value":"followUpAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"linkedProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerNextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsStaffInScope"}}]}}]} as unknown as DocumentNode<AddIssueNoteMutation, AddIssueNoteMutationVariables>;
export const ReassignIssueDocument = {"__meta__":{"hash":"f4ad05a17d98ea03c970f1293dcce7d191d406134fed51f50a0c66ed0f2566a0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReassignIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"assigneeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueDetail_issue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueDetail_issue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"spot"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReporter"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsStaffInScope"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOnBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterRoom"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeName"}},{"kind":"Field","name":{"kind":"Name","value":"workPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpPending"}},{"kind":"Field","name":{"kind":"Name","value":"followUpAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"linkedProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerNextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsStaffInScope"}}]}}]} as unknown as DocumentNode<ReassignIssueMutation, ReassignIssueMutationVariables>;
export const MarkIssueDuplicateDocument = {"__meta__":{"hash":"b954e32075b106c6ea637ef5b26b5684686928b104f7252288b35000d704516e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkIssueDuplicate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"originalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markIssueDuplicate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"originalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"originalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueDetail_issue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueDetail_issue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"spot"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReporter"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsStaffInScope"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOnBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterRoom"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeName"}},{"kind":"Field","name":{"kind":"Name","value":"workPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpPending"}},{"kind":"Field","name":{"kind":"Name","value":"followUpAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"linkedProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerNextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsStaffInScope"}}]}}]} as unknown as DocumentNode<MarkIssueDuplicateMutation, MarkIssueDuplicateMutationVariables>;
export const ConfirmIssueDocument = {"__meta__":{"hash":"9b2ab07bdd98e500684db50694d5a5e354f97320ba3afd6679dc45d0679780dd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rating"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"rating"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rating"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueDetail_issue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueDetail_issue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"spot"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReporter"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsStaffInScope"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOnBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterRoom"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeName"}},{"kind":"Field","name":{"kind":"Name","value":"workPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpPending"}},{"kind":"Field","name":{"kind":"Name","value":"followUpAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"linkedProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerNextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsStaffInScope"}}]}}]} as unknown as DocumentNode<ConfirmIssueMutation, ConfirmIssueMutationVariables>;
export const ReopenIssueDocument = {"__meta__":{"hash":"daf9af851a2dca932821ce7326dcf75a85a1dd18b1dc55e7b5d4e2e36dd40f56"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueDetail_issue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueDetail_issue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"spot"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReporter"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsStaffInScope"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOnBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterRoom"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeName"}},{"kind":"Field","name":{"kind":"Name","value":"workPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpPending"}},{"kind":"Field","name":{"kind":"Name","value":"followUpAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"linkedProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerNextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsStaffInScope"}}]}}]} as unknown as DocumentNode<ReopenIssueMutation, ReopenIssueMutationVariables>;
export const AnswerIssueFollowUpDocument = {"__meta__":{"hash":"2a9debade22164cd49c016808860adaf9716a0879f31293691a6267e731e36bf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerIssueFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpAnswer"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerIssueFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueDetail_issue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueDetail_issue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"spot"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReporter"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsStaffInScope"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOnBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterRoom"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeName"}},{"kind":"Field","name":{"kind":"Name","value":"workPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpPending"}},{"kind":"Field","name":{"kind":"Name","value":"followUpAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"linkedProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerNextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsStaffInScope"}}]}}]} as unknown as DocumentNode<AnswerIssueFollowUpMutation, AnswerIssueFollowUpMutationVariables>;
export const SupportIssueDocument = {"__meta__":{"hash":"9598fc37efdb58037c18908bef19b0984eb8942f1d164113f77ae4bc0c0a1311"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}}]}}]}}]} as unknown as DocumentNode<SupportIssueMutation, SupportIssueMutationVariables>;
export const FollowIssueDocument = {"__meta__":{"hash":"fcbae166649a195ff1272923e8436c53a4deb224aa9ad3a1586be591f7a9a2cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FollowIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"follow"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"follow"},"value":{"kind":"Variable","name":{"kind":"Name","value":"follow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}}]}}]}}]} as unknown as DocumentNode<FollowIssueMutation, FollowIssueMutationVariables>;
export const CommunityIssueFiguresDocument = {"__meta__":{"hash":"cc95053e64c02a8b1af8f209b998fc6a79e05724d9fea24a1074ed289156b034"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityIssueFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openCount"}},{"kind":"Field","name":{"kind":"Name","value":"allTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastHundred"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueFiguresFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IssueFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedCount"}},{"kind":"Field","name":{"kind":"Name","value":"medianHoursToResolve"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeShare"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"ratedCount"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedCount"}},{"kind":"Field","name":{"kind":"Name","value":"medianHoursToResolve"}}]}}]}}]} as unknown as DocumentNode<CommunityIssueFiguresQuery, CommunityIssueFiguresQueryVariables>;
export const NoticesListDocument = {"__meta__":{"hash":"d40c3646bdc76acb5c52fe887c3ab7bd24bf513bf88f8be53f1e68b338245a0e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pinned"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"pinned"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pinned"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeListItem_notice"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeListItem_notice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAck"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasRead"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasAcknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<NoticesListQuery, NoticesListQueryVariables>;
export const NoticesViewerDocument = {"__meta__":{"hash":"2484f1cbadddbbd3932a949aee06c082c23dccb731afc22822be3a646310b408"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticesViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeKind"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NoticesViewerQuery, NoticesViewerQueryVariables>;
export const NoticeDetailDocument = {"__meta__":{"hash":"4391a7afff7b0195fe80e32cd9a6520b97695087d03d33c1fe14b9e0b8c05fde"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeArticle_notice"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAck"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasRead"}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeAckState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeArticle_notice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeAckState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAck"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasAcknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasRead"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}}]}}]} as unknown as DocumentNode<NoticeDetailQuery, NoticeDetailQueryVariables>;
export const NoticeAcknowledgementsDocument = {"__meta__":{"hash":"6e5562cb8bd580b759196b36cea303109fe83c0504f327f9be9d634d8c4bb45a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeAcknowledgements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementsByBuilding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NoticeAcknowledgementsQuery, NoticeAcknowledgementsQueryVariables>;
export const NoticeForEditDocument = {"__meta__":{"hash":"8082c44373aa3fc899632d0b07d3ebcc2ef4da5d40b4670e7b71738086964340"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeArticle_notice"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAck"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeArticle_notice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NoticeForEditQuery, NoticeForEditQueryVariables>;
export const NoticeAudienceChoicesDocument = {"__meta__":{"hash":"002628b7c6269db086b8e9f8c4edb8f7addb0cba5f3a33439557cf7330a29a0d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeAudienceChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NoticeAudienceChoicesQuery, NoticeAudienceChoicesQueryVariables>;
export const MarkNoticeReadDocument = {"__meta__":{"hash":"d29ddbbfada617d4f0c7b695179579a5f10ac86e263bfc8dac9b82707558180d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNoticeRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNoticeRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasRead"}}]}}]}}]} as unknown as DocumentNode<MarkNoticeReadMutation, MarkNoticeReadMutationVariables>;
export const AcknowledgeNoticeDocument = {"__meta__":{"hash":"c153f0bf631b9c9e73e7a3dc98ca3d762697b2afd8956851d121fbe18adba282"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeAckState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeAckState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAck"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasAcknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasRead"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}}]}}]} as unknown as DocumentNode<AcknowledgeNoticeMutation, AcknowledgeNoticeMutationVariables>;
export const PublishNoticeDocument = {"__meta__":{"hash":"c7c933efc675c648059d21ffb9c54e7059d416c0d2712f39df30b962a1a5d87c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<PublishNoticeMutation, PublishNoticeMutationVariables>;
export const UpdateNoticeDocument = {"__meta__":{"hash":"9fcb4c509f0fcf85097382632e7fa32d97e3db78806e7b99b6d9a0183380ae3c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAck"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateNoticeMutation, UpdateNoticeMutationVariables>;
export const WithdrawNoticeDocument = {"__meta__":{"hash":"c6b16d30370361e3ec78c3b3d9c06ab4673f94446db32403821b8b96ea4be08b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawNoticeMutation, WithdrawNoticeMutationVariables>;
export const ShortLinkDocument = {"__meta__":{"hash":"978da23ec4b0cfea67ccd00548214a672b736202e2afc2eb354472977d658dad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShortLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ShortLinkQuery, ShortLinkQueryVariables>;
export const PosterLinkDocument = {"__meta__":{"hash":"2384ae421f551cabab9911b72bc746a0ab792633f682301959742c15196d1028"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PosterLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PosterKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posterLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<PosterLinkMutation, PosterLinkMutationVariables>;
export const RosterKeepingDocument = {"__meta__":{"hash":"ad52481c1edfa8f5f00016c05fd7454d243eebfae01587ee8488e84e752b70b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RosterKeeping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"compoundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isStaff"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"compounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rosterSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"proxyLimit"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"compoundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"compoundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"areaSource"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ownerNames"}},{"kind":"Field","name":{"kind":"Name","value":"ownerPhone"}},{"kind":"Field","name":{"kind":"Name","value":"proxies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proxyName"}},{"kind":"Field","name":{"kind":"Name","value":"proxyPhone"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RosterKeepingQuery, RosterKeepingQueryVariables>;
export const UpdateRosterUnitDocument = {"__meta__":{"hash":"4739bfc945de1216de972bb0a946d53e0fecfb57577c3f179df81032c6936c12"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRosterUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RosterUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRosterUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"areaSource"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ownerNames"}},{"kind":"Field","name":{"kind":"Name","value":"ownerPhone"}}]}}]}}]} as unknown as DocumentNode<UpdateRosterUnitMutation, UpdateRosterUnitMutationVariables>;
export const AddRosterUnitDocument = {"__meta__":{"hash":"d73fa2bb2cf62ad7ef679ea2defa09bfaedaa925b117c222e62b469defd8890e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRosterUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"compoundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RosterUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRosterUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"compoundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"compoundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}}]}}]}}]} as unknown as DocumentNode<AddRosterUnitMutation, AddRosterUnitMutationVariables>;
export const RecordProxyDocument = {"__meta__":{"hash":"90e7831d166646e424fc03e3bcee79958e21b408c1687282931617ccfa0c6313"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordProxy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProxyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProxy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proxyName"}},{"kind":"Field","name":{"kind":"Name","value":"proxyPhone"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]} as unknown as DocumentNode<RecordProxyMutation, RecordProxyMutationVariables>;
export const RevokeProxyDocument = {"__meta__":{"hash":"17ea2a4927b2c2c0cfe548768fc616b9f0fd78324633deac88cde633c86fd32a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeProxy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeProxy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]} as unknown as DocumentNode<RevokeProxyMutation, RevokeProxyMutationVariables>;
export const ProxyVoteDocument = {"__meta__":{"hash":"40d6cf4469dce5ade85c4ae788eddb628f8a5f8a2cf3e272bbcc8d9e9171d0ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProxyVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerProxyUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}}]}}]}}]}}]} as unknown as DocumentNode<ProxyVoteQuery, ProxyVoteQueryVariables>;
export const CastProxyBallotDocument = {"__meta__":{"hash":"4701a9783b195dc3fcb823e8878e12b662313faea29895eb1f2ecfd7a8f41bc4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CastProxyBallot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"optionIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castProxyBallot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"proposalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"optionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"optionIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}}]} as unknown as DocumentNode<CastProxyBallotMutation, CastProxyBallotMutationVariables>;
export const RosterVoteDocument = {"__meta__":{"hash":"28a3823a63caba14eac78273dc22f78c8b9bfcfe99ad56709a67fa6df27440a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RosterVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"ballotKind"}},{"kind":"Field","name":{"kind":"Name","value":"maxChoices"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsCommittee"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"participatingOwners"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleOwners"}},{"kind":"Field","name":{"kind":"Name","value":"participationArea"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerBallot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"}},{"kind":"Field","name":{"kind":"Name","value":"optionIds"}},{"kind":"Field","name":{"kind":"Name","value":"assisted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"electorate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"owners"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"chainHead"}},{"kind":"Field","name":{"kind":"Name","value":"chainLength"}},{"kind":"Field","name":{"kind":"Name","value":"objectionDays"}},{"kind":"Field","name":{"kind":"Name","value":"resultsNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RosterVoteQuery, RosterVoteQueryVariables>;
export const VoteReceiptsDocument = {"__meta__":{"hash":"72057695188c20e7fae3a646a1a03a036c1d890ad741fd5c69a9e3b97d7c9d99"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VoteReceipts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voteReceipts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"chainHead"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"}},{"kind":"Field","name":{"kind":"Name","value":"optionLabels"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VoteReceiptsQuery, VoteReceiptsQueryVariables>;
export const RosterPublicDocument = {"__meta__":{"hash":"1345b828b77b7a4f4f636370a5c6a31f23dc32a32393566256a24417973578e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RosterPublic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"compoundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isStaff"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"compoundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"compoundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isOwn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myRosterUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"areaSource"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ownerNames"}},{"kind":"Field","name":{"kind":"Name","value":"ownerPhone"}},{"kind":"Field","name":{"kind":"Name","value":"proxies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proxyName"}},{"kind":"Field","name":{"kind":"Name","value":"proxyPhone"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}}]}}]}}]}}]} as unknown as DocumentNode<RosterPublicQuery, RosterPublicQueryVariables>;
export const ObjectToRosterUnitDocument = {"__meta__":{"hash":"d4557621fbc76721414693c902bc0f5dc2216fa75b84da54f0882823b9e40195"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObjectToRosterUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectToRosterUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}}]}}]}}]} as unknown as DocumentNode<ObjectToRosterUnitMutation, ObjectToRosterUnitMutationVariables>;
export const ElectorateUnitsDocument = {"__meta__":{"hash":"d68cf2e3b4a83f5ca8a1a545be47f96b5ec7cc21f401dc985d5ba25d6f797a36"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ElectorateUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"electorateUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"voted"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"discrepancy"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ElectorateUnitsQuery, ElectorateUnitsQueryVariables>;
export const RecordPaperBallotDocument = {"__meta__":{"hash":"c0159d603d187afd9f82fc1c18b4ad4756b822244669db95bd417f7d2c1a459a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPaperBallot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"optionIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"photoId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPaperBallot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"proposalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"optionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"optionIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"photoId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"photoId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}}]} as unknown as DocumentNode<RecordPaperBallotMutation, RecordPaperBallotMutationVariables>;
export const RosterStaffCheckDocument = {"__meta__":{"hash":"fd2976107a0955d7af94be67c89442f457c93156b761361181661738f37bf3ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RosterStaffCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isStaff"}}]}}]}}]} as unknown as DocumentNode<RosterStaffCheckQuery, RosterStaffCheckQueryVariables>;
export const RosterImportPreviewDocument = {"__meta__":{"hash":"dd44e756f63f287bdd00029b9bad42498e8b269956cf36a50413ffddefa7eda6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RosterImportPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rosterImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"problemRowCount"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"ownerNames"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"problemText"}}]}}]}}]}}]} as unknown as DocumentNode<RosterImportPreviewQuery, RosterImportPreviewQueryVariables>;
export const CommitRosterImportDocument = {"__meta__":{"hash":"dbc6ef4435e0bbf803f24697ce8f15c456c54f047e4ceec024cdb42c821beccf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitRosterImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitRosterImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]}}]} as unknown as DocumentNode<CommitRosterImportMutation, CommitRosterImportMutationVariables>;
export const OutboxDeadLettersDocument = {"__meta__":{"hash":"a99675736a2d734df599fa01f650f05dae8f738ff7c8a13e7d51558663a35a21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutboxDeadLetters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outboxDeadLetters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadLetter_message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadLetter_message"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutboxMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastTriedAt"}}]}}]} as unknown as DocumentNode<OutboxDeadLettersQuery, OutboxDeadLettersQueryVariables>;
export const RetryOutboxMessageDocument = {"__meta__":{"hash":"01d05b71e6b33994cce79576f063dedd091a6b4090e5eb1457a6b2e03af40051"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryOutboxMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryOutboxMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadLetter_message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadLetter_message"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutboxMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastTriedAt"}}]}}]} as unknown as DocumentNode<RetryOutboxMessageMutation, RetryOutboxMessageMutationVariables>;
export const ClaimsToReviewDocument = {"__meta__":{"hash":"450ece4def654698a99c479616392570e7732b75e71db10a3b5ab271794bf120"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimsToReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdClaimsToReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimReviewCard_claim"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimReviewCard_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ClaimsToReviewQuery, ClaimsToReviewQueryVariables>;
export const ReviewHouseholdClaimDocument = {"__meta__":{"hash":"6bb3e52f8686a273b617ae2af6a3c7ba8ff2416825276c01cea7f776031f5fe8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewHouseholdClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewHouseholdClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}}]} as unknown as DocumentNode<ReviewHouseholdClaimMutation, ReviewHouseholdClaimMutationVariables>;
export const WorkbenchViewerDocument = {"__meta__":{"hash":"c8e78c9757298d129b351aad085d3ab5cb683e78b3bb2f3b2da80f57dddab69b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkbenchViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isStaff"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeKind"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkbenchViewerQuery, WorkbenchViewerQueryVariables>;
export const StaffRolesDocument = {"__meta__":{"hash":"0649301dab3d947961e4e13f646a243e27fa8286469fde8b30f1b30314fed8d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffRoles_role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRoles_role"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeKind"}},{"kind":"Field","name":{"kind":"Name","value":"scopeName"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}}]}}]}}]} as unknown as DocumentNode<StaffRolesQuery, StaffRolesQueryVariables>;
export const PeopleInScopeDocument = {"__meta__":{"hash":"2a07e3c6a5cb17aaab5fecd3d63605ed73d937725e69395437f04cc776b37037"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleInScope"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleInScope"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<PeopleInScopeQuery, PeopleInScopeQueryVariables>;
export const RoleScopesDocument = {"__meta__":{"hash":"5881f711809548837f64f2b4d80bafa905e0360168bc021b73f551b226b4a005"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleScopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RoleScopesQuery, RoleScopesQueryVariables>;
export const GrantRoleDocument = {"__meta__":{"hash":"eb93f71711a37c16ee00523290ab0c9e0a41fad4f5fc2fbf558c8435c0e50c9b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffRoles_role"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRoles_role"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeKind"}},{"kind":"Field","name":{"kind":"Name","value":"scopeName"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}}]}}]}}]} as unknown as DocumentNode<GrantRoleMutation, GrantRoleMutationVariables>;
export const RevokeRoleDocument = {"__meta__":{"hash":"e7309d41d8df1f93cc952bcd460ed3629f8e11e03c8ab18db027bec80d95efc1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const ActivitiesHomeDocument = {"__meta__":{"hash":"36147e2f4a4820e21ba39ff711ae3b463293824503af0c680a09c798910077c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivitiesHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isStaff"}},{"kind":"Field","name":{"kind":"Name","value":"homeCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ActivitiesHomeQuery, ActivitiesHomeQueryVariables>;
export const HomeCommunityDocument = {"__meta__":{"hash":"21f3167c8ad5a51fc1f9400ee05750a414014808614c7c8ac7c99d0f0e0f2021"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"homeCommunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HomeCommunityQuery, HomeCommunityQueryVariables>;
export const HomeUnreadCountDocument = {"__meta__":{"hash":"46b7c4c10723423204f0f778bf336f6aab6e8a000ef6cfea6c05663a871fb72e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeUnreadCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNoticeCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}]}]}}]} as unknown as DocumentNode<HomeUnreadCountQuery, HomeUnreadCountQueryVariables>;
export const SignOutDocument = {"__meta__":{"hash":"39300be1f6ff47633a8c264de2a924d5b71367b646d3bf86d82d7c51c6543956"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const MeOverviewDocument = {"__meta__":{"hash":"2b0326afb96edfd8d8decf26e67a262bf192b485d8a243dc9512f78c09068f7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"isStaff"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HouseholdsSection_claim"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdsSection_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeOverviewQuery, MeOverviewQueryVariables>;