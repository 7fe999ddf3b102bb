import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { StreetRow as StreetRowModel, CommunityRow as CommunityRowModel, GridRow as GridRowModel, CompoundRow as CompoundRowModel, BuildingRow as BuildingRowModel, AccountRow as AccountRowModel, RoleAssignmentRow as RoleAssignmentRowModel, HouseholdClaimRow as HouseholdClaimRowModel, MediaRow as MediaRowModel, InboxMessageRow as InboxMessageRowModel, AuditLogRow as AuditLogRowModel, IssueRow as IssueRowModel, IssueEventRow as IssueEventRowModel, ProposalRow as ProposalRowModel, ProposalTaskRow as ProposalTaskRowModel, ProposalEventRow as ProposalEventRowModel, ActivityRow as ActivityRowModel, RegistrationRow as RegistrationRowModel, RosterUnitRow as RosterUnitRowModel, RosterProxyRow as RosterProxyRowModel, ElectorateRow as ElectorateRowModel } from '../db/tables';
import type { Viewer as ViewerModel, GatewayContext } from '../context';
import type { SignedIn as SignedInModel } from '../modules/accounts/service';
import type { HouseholdMembership as HouseholdMembershipModel } from '../modules/accounts/store';
import type { DigestItemRow as DigestItemRowModel } from '../modules/notify/tables';
import type { NoticeModel as NoticeModelModel, AcknowledgementGroup as AcknowledgementGroupModel } from '../modules/notices/store';
import type { IssueHandlerModel as IssueHandlerModelModel } from '../modules/issues/handlers';
import type { IssueCluster as IssueClusterModel } from '../modules/consult/clusters';
import type { CommunityStatsModel as CommunityStatsModelModel } from '../modules/issues/figures';
import type { OptionModel as OptionModelModel, CommentModel as CommentModelModel, SettingsModel as SettingsModelModel } from '../modules/consult/models';
import type { TallyResult as TallyResultModel } from '../modules/consult/tally';
import type { RosterObjectionModel as RosterObjectionModelModel, RosterImportModel as RosterImportModelModel, RosterSummaryModel as RosterSummaryModelModel } from '../modules/roster/models';
import type { PreviewRow as PreviewRowModel } from '../modules/roster/import-rows';
import type { FinanceEntryRow as FinanceEntryRowModel, FinanceQuestionRow as FinanceQuestionRowModel } from '../modules/finances/tables';
import type { StatementModel as StatementModelModel } from '../modules/finances/statements';
import type { AccountTotal as AccountTotalModel } from '../modules/finances/statement-rules';
import type { FinanceImportModel as FinanceImportModelModel } from '../modules/finances/importing';
import type { FinanceAccessModel as FinanceAccessModelModel } from '../modules/finances/policies';
import type { ImportRow as ImportRowModel } from '../modules/finances/import-rows';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
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
  Fen: { input: bigint; output: bigint | string | number; }
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

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = {}, TContext = {}, TArgs = {}> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = {}, TContext = {}, TArgs = {}> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = {}, TContext = {}> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = {}, TContext = {}> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = {}, TParent = {}, TContext = {}, TArgs = {}> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Acceptance: ResolverTypeWrapper<Acceptance>;
  Activity: ResolverTypeWrapper<ActivityRowModel>;
  ActivityConnection: ResolverTypeWrapper<Omit<ActivityConnection, 'edges'> & { edges: Array<ResolversTypes['ActivityEdge']> }>;
  ActivityEdge: ResolverTypeWrapper<Omit<ActivityEdge, 'node'> & { node: ResolversTypes['Activity'] }>;
  ActivityFigures: ResolverTypeWrapper<ActivityFigures>;
  ActivityFilter: ActivityFilter;
  ActivityKind: ActivityKind;
  ActivityMaterial: ResolverTypeWrapper<ActivityMaterial>;
  ActivityMaterialInput: ActivityMaterialInput;
  ActivityStatus: ActivityStatus;
  AddCommentInput: AddCommentInput;
  AddOptionInput: AddOptionInput;
  Answer: ResolverTypeWrapper<Answer>;
  AnswerInput: AnswerInput;
  AreaSource: AreaSource;
  AuditEntry: ResolverTypeWrapper<AuditLogRowModel>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  Ballot: ResolverTypeWrapper<Ballot>;
  BallotChannel: BallotChannel;
  BallotKind: BallotKind;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Building: ResolverTypeWrapper<BuildingRowModel>;
  CategoryFigures: ResolverTypeWrapper<CategoryFigures>;
  ClaimHouseholdInput: ClaimHouseholdInput;
  ClaimStatus: ClaimStatus;
  Comment: ResolverTypeWrapper<CommentModelModel>;
  CommentKind: CommentKind;
  Community: ResolverTypeWrapper<CommunityRowModel>;
  CommunityStats: ResolverTypeWrapper<CommunityStatsModelModel>;
  Compound: ResolverTypeWrapper<CompoundRowModel>;
  ConsultSettings: ResolverTypeWrapper<SettingsModelModel>;
  CounterpartyInput: CounterpartyInput;
  CounterpartyKind: CounterpartyKind;
  CreateActivityInput: CreateActivityInput;
  CreateProposalInput: CreateProposalInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeadLetterReason: DeadLetterReason;
  Electorate: ResolverTypeWrapper<ElectorateRowModel>;
  ElectorateUnit: ResolverTypeWrapper<ElectorateUnit>;
  ElectorateUnitConnection: ResolverTypeWrapper<ElectorateUnitConnection>;
  ElectorateUnitEdge: ResolverTypeWrapper<ElectorateUnitEdge>;
  Eligibility: Eligibility;
  Fen: ResolverTypeWrapper<Scalars['Fen']['output']>;
  FinanceAccess: ResolverTypeWrapper<FinanceAccessModelModel>;
  FinanceAccount: FinanceAccount;
  FinanceAccountTotal: ResolverTypeWrapper<AccountTotalModel>;
  FinanceCounterparty: ResolverTypeWrapper<FinanceCounterparty>;
  FinanceEntry: ResolverTypeWrapper<FinanceEntryRowModel>;
  FinanceEntryConnection: ResolverTypeWrapper<Omit<FinanceEntryConnection, 'edges'> & { edges: Array<ResolversTypes['FinanceEntryEdge']> }>;
  FinanceEntryEdge: ResolverTypeWrapper<Omit<FinanceEntryEdge, 'node'> & { node: ResolversTypes['FinanceEntry'] }>;
  FinanceEntryInput: FinanceEntryInput;
  FinanceEntryStatus: FinanceEntryStatus;
  FinanceImport: ResolverTypeWrapper<FinanceImportModelModel>;
  FinanceImportResult: ResolverTypeWrapper<FinanceImportResult>;
  FinanceImportRow: ResolverTypeWrapper<ImportRowModel>;
  FinanceMonthBar: ResolverTypeWrapper<FinanceMonthBar>;
  FinanceQuestion: ResolverTypeWrapper<FinanceQuestionRowModel>;
  FinanceStatement: ResolverTypeWrapper<StatementModelModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FollowUpAnswer: FollowUpAnswer;
  GrantRoleInput: GrantRoleInput;
  Grid: ResolverTypeWrapper<GridRowModel>;
  Household: ResolverTypeWrapper<HouseholdMembershipModel>;
  HouseholdClaim: ResolverTypeWrapper<HouseholdClaimRowModel>;
  HouseholdClaimConnection: ResolverTypeWrapper<Omit<HouseholdClaimConnection, 'edges'> & { edges: Array<ResolversTypes['HouseholdClaimEdge']> }>;
  HouseholdClaimEdge: ResolverTypeWrapper<Omit<HouseholdClaimEdge, 'node'> & { node: ResolversTypes['HouseholdClaim'] }>;
  HouseholdRelation: HouseholdRelation;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  InboxLine: ResolverTypeWrapper<DigestItemRowModel>;
  InboxMessage: ResolverTypeWrapper<InboxMessageRowModel>;
  InboxMessageConnection: ResolverTypeWrapper<Omit<InboxMessageConnection, 'edges'> & { edges: Array<ResolversTypes['InboxMessageEdge']> }>;
  InboxMessageEdge: ResolverTypeWrapper<Omit<InboxMessageEdge, 'node'> & { node: ResolversTypes['InboxMessage'] }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Issue: ResolverTypeWrapper<IssueRowModel>;
  IssueCategory: IssueCategory;
  IssueCluster: ResolverTypeWrapper<IssueClusterModel>;
  IssueConnection: ResolverTypeWrapper<Omit<IssueConnection, 'edges'> & { edges: Array<ResolversTypes['IssueEdge']> }>;
  IssueEdge: ResolverTypeWrapper<Omit<IssueEdge, 'node'> & { node: ResolversTypes['Issue'] }>;
  IssueEvent: ResolverTypeWrapper<IssueEventRowModel>;
  IssueFigures: ResolverTypeWrapper<IssueFigures>;
  IssueFilter: IssueFilter;
  IssueHandler: ResolverTypeWrapper<IssueHandlerModelModel>;
  IssueStatus: IssueStatus;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KeptAfterDeletion: ResolverTypeWrapper<KeptAfterDeletion>;
  LinkedProposal: ResolverTypeWrapper<Omit<LinkedProposal, 'proposal'> & { proposal?: Maybe<ResolversTypes['Proposal']> }>;
  MatterKind: MatterKind;
  Media: ResolverTypeWrapper<MediaRowModel>;
  Meeting: ResolverTypeWrapper<Meeting>;
  Mutation: ResolverTypeWrapper<{}>;
  Notice: ResolverTypeWrapper<NoticeModelModel>;
  NoticeAcknowledgementGroup: ResolverTypeWrapper<AcknowledgementGroupModel>;
  NoticeAction: ResolverTypeWrapper<NoticeAction>;
  NoticeCategory: NoticeCategory;
  NoticeConnection: ResolverTypeWrapper<Omit<NoticeConnection, 'edges'> & { edges: Array<ResolversTypes['NoticeEdge']> }>;
  NoticeEdge: ResolverTypeWrapper<Omit<NoticeEdge, 'node'> & { node: ResolversTypes['Notice'] }>;
  NoticeStatus: NoticeStatus;
  NotificationSettings: ResolverTypeWrapper<NotificationSettings>;
  NotificationSettingsInput: NotificationSettingsInput;
  NotifyMode: NotifyMode;
  OptionInput: OptionInput;
  OutboxMessage: ResolverTypeWrapper<OutboxMessage>;
  OutboxMessageConnection: ResolverTypeWrapper<OutboxMessageConnection>;
  OutboxMessageEdge: ResolverTypeWrapper<OutboxMessageEdge>;
  OwnerBallot: ResolverTypeWrapper<OwnerBallot>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Participation: ResolverTypeWrapper<Participation>;
  Person: ResolverTypeWrapper<AccountRowModel>;
  PosterKind: PosterKind;
  PosterLink: ResolverTypeWrapper<PosterLink>;
  Proposal: ResolverTypeWrapper<ProposalRowModel>;
  ProposalConnection: ResolverTypeWrapper<Omit<ProposalConnection, 'edges'> & { edges: Array<ResolversTypes['ProposalEdge']> }>;
  ProposalEdge: ResolverTypeWrapper<Omit<ProposalEdge, 'node'> & { node: ResolversTypes['Proposal'] }>;
  ProposalEvent: ResolverTypeWrapper<ProposalEventRowModel>;
  ProposalFilter: ProposalFilter;
  ProposalOption: ResolverTypeWrapper<OptionModelModel>;
  ProposalPreview: ResolverTypeWrapper<ProposalPreview>;
  ProposalResult: ResolverTypeWrapper<TallyResultModel>;
  ProposalStage: ProposalStage;
  ProposalTask: ResolverTypeWrapper<ProposalTaskRowModel>;
  ProposeFromClusterInput: ProposeFromClusterInput;
  ProxyInput: ProxyInput;
  PublishNoticeInput: PublishNoticeInput;
  Query: ResolverTypeWrapper<{}>;
  QuestionType: QuestionType;
  RaiseIssueInput: RaiseIssueInput;
  Registration: ResolverTypeWrapper<RegistrationRowModel>;
  RegistrationConnection: ResolverTypeWrapper<Omit<RegistrationConnection, 'edges'> & { edges: Array<ResolversTypes['RegistrationEdge']> }>;
  RegistrationEdge: ResolverTypeWrapper<Omit<RegistrationEdge, 'node'> & { node: ResolversTypes['Registration'] }>;
  RegistrationStatus: RegistrationStatus;
  Role: Role;
  RoleAssignment: ResolverTypeWrapper<RoleAssignmentRowModel>;
  RoleAssignmentConnection: ResolverTypeWrapper<Omit<RoleAssignmentConnection, 'edges'> & { edges: Array<ResolversTypes['RoleAssignmentEdge']> }>;
  RoleAssignmentEdge: ResolverTypeWrapper<Omit<RoleAssignmentEdge, 'node'> & { node: ResolversTypes['RoleAssignment'] }>;
  RosterImport: ResolverTypeWrapper<RosterImportModelModel>;
  RosterImportResult: ResolverTypeWrapper<RosterImportResult>;
  RosterImportRow: ResolverTypeWrapper<PreviewRowModel>;
  RosterMatch: ResolverTypeWrapper<Omit<RosterMatch, 'unit'> & { unit?: Maybe<ResolversTypes['RosterUnit']> }>;
  RosterMatchStatus: RosterMatchStatus;
  RosterObjection: ResolverTypeWrapper<RosterObjectionModelModel>;
  RosterProxy: ResolverTypeWrapper<RosterProxyRowModel>;
  RosterRowProblem: RosterRowProblem;
  RosterSummary: ResolverTypeWrapper<RosterSummaryModelModel>;
  RosterUnit: ResolverTypeWrapper<RosterUnitRowModel>;
  RosterUnitConnection: ResolverTypeWrapper<Omit<RosterUnitConnection, 'edges'> & { edges: Array<ResolversTypes['RosterUnitEdge']> }>;
  RosterUnitEdge: ResolverTypeWrapper<Omit<RosterUnitEdge, 'node'> & { node: ResolversTypes['RosterUnit'] }>;
  RosterUnitInput: RosterUnitInput;
  RosterUnitKind: RosterUnitKind;
  SceneCount: ResolverTypeWrapper<SceneCount>;
  ScopeHousehold: ResolverTypeWrapper<ScopeHousehold>;
  ScopeKind: ScopeKind;
  Session: ResolverTypeWrapper<SignedInModel>;
  ShortLink: ResolverTypeWrapper<ShortLink>;
  ShortLinkKind: ShortLinkKind;
  SignUpQuestion: ResolverTypeWrapper<SignUpQuestion>;
  SignUpQuestionInput: SignUpQuestionInput;
  SimilarIssuesInput: SimilarIssuesInput;
  Street: ResolverTypeWrapper<StreetRowModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubscribeConsent: ResolverTypeWrapper<SubscribeConsent>;
  SubscribePurpose: SubscribePurpose;
  SubscribeTemplate: ResolverTypeWrapper<SubscribeTemplate>;
  TaskInput: TaskInput;
  TaskStatus: TaskStatus;
  TaskUpdateInput: TaskUpdateInput;
  UpdateActivityInput: UpdateActivityInput;
  UpdateNoticeInput: UpdateNoticeInput;
  UpdateProfileInput: UpdateProfileInput;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  VoteReceipt: ResolverTypeWrapper<VoteReceipt>;
  VoteReceiptConnection: ResolverTypeWrapper<VoteReceiptConnection>;
  VoteReceiptEdge: ResolverTypeWrapper<VoteReceiptEdge>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Acceptance: Acceptance;
  Activity: ActivityRowModel;
  ActivityConnection: Omit<ActivityConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActivityEdge']> };
  ActivityEdge: Omit<ActivityEdge, 'node'> & { node: ResolversParentTypes['Activity'] };
  ActivityFigures: ActivityFigures;
  ActivityFilter: ActivityFilter;
  ActivityMaterial: ActivityMaterial;
  ActivityMaterialInput: ActivityMaterialInput;
  AddCommentInput: AddCommentInput;
  AddOptionInput: AddOptionInput;
  Answer: Answer;
  AnswerInput: AnswerInput;
  AuditEntry: AuditLogRowModel;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  Ballot: Ballot;
  Boolean: Scalars['Boolean']['output'];
  Building: BuildingRowModel;
  CategoryFigures: CategoryFigures;
  ClaimHouseholdInput: ClaimHouseholdInput;
  Comment: CommentModelModel;
  Community: CommunityRowModel;
  CommunityStats: CommunityStatsModelModel;
  Compound: CompoundRowModel;
  ConsultSettings: SettingsModelModel;
  CounterpartyInput: CounterpartyInput;
  CreateActivityInput: CreateActivityInput;
  CreateProposalInput: CreateProposalInput;
  DateTime: Scalars['DateTime']['output'];
  Electorate: ElectorateRowModel;
  ElectorateUnit: ElectorateUnit;
  ElectorateUnitConnection: ElectorateUnitConnection;
  ElectorateUnitEdge: ElectorateUnitEdge;
  Fen: Scalars['Fen']['output'];
  FinanceAccess: FinanceAccessModelModel;
  FinanceAccountTotal: AccountTotalModel;
  FinanceCounterparty: FinanceCounterparty;
  FinanceEntry: FinanceEntryRowModel;
  FinanceEntryConnection: Omit<FinanceEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['FinanceEntryEdge']> };
  FinanceEntryEdge: Omit<FinanceEntryEdge, 'node'> & { node: ResolversParentTypes['FinanceEntry'] };
  FinanceEntryInput: FinanceEntryInput;
  FinanceImport: FinanceImportModelModel;
  FinanceImportResult: FinanceImportResult;
  FinanceImportRow: ImportRowModel;
  FinanceMonthBar: FinanceMonthBar;
  FinanceQuestion: FinanceQuestionRowModel;
  FinanceStatement: StatementModelModel;
  Float: Scalars['Float']['output'];
  GrantRoleInput: GrantRoleInput;
  Grid: GridRowModel;
  Household: HouseholdMembershipModel;
  HouseholdClaim: HouseholdClaimRowModel;
  HouseholdClaimConnection: Omit<HouseholdClaimConnection, 'edges'> & { edges: Array<ResolversParentTypes['HouseholdClaimEdge']> };
  HouseholdClaimEdge: Omit<HouseholdClaimEdge, 'node'> & { node: ResolversParentTypes['HouseholdClaim'] };
  ID: Scalars['ID']['output'];
  InboxLine: DigestItemRowModel;
  InboxMessage: InboxMessageRowModel;
  InboxMessageConnection: Omit<InboxMessageConnection, 'edges'> & { edges: Array<ResolversParentTypes['InboxMessageEdge']> };
  InboxMessageEdge: Omit<InboxMessageEdge, 'node'> & { node: ResolversParentTypes['InboxMessage'] };
  Int: Scalars['Int']['output'];
  Issue: IssueRowModel;
  IssueCluster: IssueClusterModel;
  IssueConnection: Omit<IssueConnection, 'edges'> & { edges: Array<ResolversParentTypes['IssueEdge']> };
  IssueEdge: Omit<IssueEdge, 'node'> & { node: ResolversParentTypes['Issue'] };
  IssueEvent: IssueEventRowModel;
  IssueFigures: IssueFigures;
  IssueFilter: IssueFilter;
  IssueHandler: IssueHandlerModelModel;
  JSON: Scalars['JSON']['output'];
  KeptAfterDeletion: KeptAfterDeletion;
  LinkedProposal: Omit<LinkedProposal, 'proposal'> & { proposal?: Maybe<ResolversParentTypes['Proposal']> };
  Media: MediaRowModel;
  Meeting: Meeting;
  Mutation: {};
  Notice: NoticeModelModel;
  NoticeAcknowledgementGroup: AcknowledgementGroupModel;
  NoticeAction: NoticeAction;
  NoticeConnection: Omit<NoticeConnection, 'edges'> & { edges: Array<ResolversParentTypes['NoticeEdge']> };
  NoticeEdge: Omit<NoticeEdge, 'node'> & { node: ResolversParentTypes['Notice'] };
  NotificationSettings: NotificationSettings;
  NotificationSettingsInput: NotificationSettingsInput;
  OptionInput: OptionInput;
  OutboxMessage: OutboxMessage;
  OutboxMessageConnection: OutboxMessageConnection;
  OutboxMessageEdge: OutboxMessageEdge;
  OwnerBallot: OwnerBallot;
  PageInfo: PageInfo;
  Participation: Participation;
  Person: AccountRowModel;
  PosterLink: PosterLink;
  Proposal: ProposalRowModel;
  ProposalConnection: Omit<ProposalConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProposalEdge']> };
  ProposalEdge: Omit<ProposalEdge, 'node'> & { node: ResolversParentTypes['Proposal'] };
  ProposalEvent: ProposalEventRowModel;
  ProposalFilter: ProposalFilter;
  ProposalOption: OptionModelModel;
  ProposalPreview: ProposalPreview;
  ProposalResult: TallyResultModel;
  ProposalTask: ProposalTaskRowModel;
  ProposeFromClusterInput: ProposeFromClusterInput;
  ProxyInput: ProxyInput;
  PublishNoticeInput: PublishNoticeInput;
  Query: {};
  RaiseIssueInput: RaiseIssueInput;
  Registration: RegistrationRowModel;
  RegistrationConnection: Omit<RegistrationConnection, 'edges'> & { edges: Array<ResolversParentTypes['RegistrationEdge']> };
  RegistrationEdge: Omit<RegistrationEdge, 'node'> & { node: ResolversParentTypes['Registration'] };
  RoleAssignment: RoleAssignmentRowModel;
  RoleAssignmentConnection: Omit<RoleAssignmentConnection, 'edges'> & { edges: Array<ResolversParentTypes['RoleAssignmentEdge']> };
  RoleAssignmentEdge: Omit<RoleAssignmentEdge, 'node'> & { node: ResolversParentTypes['RoleAssignment'] };
  RosterImport: RosterImportModelModel;
  RosterImportResult: RosterImportResult;
  RosterImportRow: PreviewRowModel;
  RosterMatch: Omit<RosterMatch, 'unit'> & { unit?: Maybe<ResolversParentTypes['RosterUnit']> };
  RosterObjection: RosterObjectionModelModel;
  RosterProxy: RosterProxyRowModel;
  RosterSummary: RosterSummaryModelModel;
  RosterUnit: RosterUnitRowModel;
  RosterUnitConnection: Omit<RosterUnitConnection, 'edges'> & { edges: Array<ResolversParentTypes['RosterUnitEdge']> };
  RosterUnitEdge: Omit<RosterUnitEdge, 'node'> & { node: ResolversParentTypes['RosterUnit'] };
  RosterUnitInput: RosterUnitInput;
  SceneCount: SceneCount;
  ScopeHousehold: ScopeHousehold;
  Session: SignedInModel;
  ShortLink: ShortLink;
  SignUpQuestion: SignUpQuestion;
  SignUpQuestionInput: SignUpQuestionInput;
  SimilarIssuesInput: SimilarIssuesInput;
  Street: StreetRowModel;
  String: Scalars['String']['output'];
  SubscribeConsent: SubscribeConsent;
  SubscribeTemplate: SubscribeTemplate;
  TaskInput: TaskInput;
  TaskUpdateInput: TaskUpdateInput;
  UpdateActivityInput: UpdateActivityInput;
  UpdateNoticeInput: UpdateNoticeInput;
  UpdateProfileInput: UpdateProfileInput;
  Viewer: ViewerModel;
  VoteReceipt: VoteReceipt;
  VoteReceiptConnection: VoteReceiptConnection;
  VoteReceiptEdge: VoteReceiptEdge;
}>;

export type MaxItemsDirectiveArgs = {
  max: Scalars['Int']['input'];
};

export type MaxItemsDirectiveResolver<Result, Parent, ContextType = GatewayContext, Args = MaxItemsDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type MaxLengthDirectiveArgs = {
  max: Scalars['Int']['input'];
};

export type MaxLengthDirectiveResolver<Result, Parent, ContextType = GatewayContext, Args = MaxLengthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AcceptanceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Acceptance'] = ResolversParentTypes['Acceptance']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sentBack?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerAnswer?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ActivityResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity']> = ResolversObject<{
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
  confirmedSeats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cover?: Resolver<Maybe<ResolversTypes['Media']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eligibility?: Resolver<ResolversTypes['Eligibility'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  figures?: Resolver<Maybe<ResolversTypes['ActivityFigures']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActivityKind'], ParentType, ContextType>;
  materials?: Resolver<Array<ResolversTypes['ActivityMaterial']>, ParentType, ContextType>;
  maxPartySize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  needsApproval?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organiser?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  pendingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['SignUpQuestion']>, ParentType, ContextType>;
  registrations?: Resolver<ResolversTypes['RegistrationConnection'], ParentType, ContextType, RequireFields<ActivityRegistrationsArgs, 'first'>>;
  seatsLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shortCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signUpDeadline?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  signUpOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  venue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerCanManage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerHasReminder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerRegistration?: Resolver<Maybe<ResolversTypes['Registration']>, ParentType, ContextType>;
  waitlist?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  waitlistCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ActivityConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ActivityConnection'] = ResolversParentTypes['ActivityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ActivityEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ActivityEdge'] = ResolversParentTypes['ActivityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ActivityFiguresResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ActivityFigures'] = ResolversParentTypes['ActivityFigures']> = ResolversObject<{
  attendedSeats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byScene?: Resolver<Array<ResolversTypes['SceneCount']>, ParentType, ContextType>;
  cancelledCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confirmedSeats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  declinedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  noShowSeats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pendingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registrationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitlistedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ActivityMaterialResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ActivityMaterial'] = ResolversParentTypes['ActivityMaterial']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  perParticipant?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AnswerResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Answer'] = ResolversParentTypes['Answer']> = ResolversObject<{
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['QuestionType'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type BallotResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Ballot'] = ResolversParentTypes['Ballot']> = ResolversObject<{
  assisted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  castAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  optionIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  receipt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type BuildingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Building'] = ResolversParentTypes['Building']> = ResolversObject<{
  compound?: Resolver<ResolversTypes['Compound'], ParentType, ContextType>;
  grid?: Resolver<ResolversTypes['Grid'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CategoryFiguresResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CategoryFigures'] = ResolversParentTypes['CategoryFigures']> = ResolversObject<{
  category?: Resolver<ResolversTypes['IssueCategory'], ParentType, ContextType>;
  medianHoursToResolve?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  resolvedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CommentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Comment'] = ResolversParentTypes['Comment']> = ResolversObject<{
  author?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  hidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CommentKind'], ParentType, ContextType>;
  replies?: Resolver<Array<ResolversTypes['Comment']>, ParentType, ContextType>;
  reportCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerReported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CommunityResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community']> = ResolversObject<{
  compounds?: Resolver<Array<ResolversTypes['Compound']>, ParentType, ContextType>;
  grids?: Resolver<Array<ResolversTypes['Grid']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  street?: Resolver<ResolversTypes['Street'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CommunityStatsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CommunityStats'] = ResolversParentTypes['CommunityStats']> = ResolversObject<{
  allTime?: Resolver<ResolversTypes['IssueFigures'], ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
  escalatedOpenCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastHundred?: Resolver<ResolversTypes['IssueFigures'], ParentType, ContextType>;
  openCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CompoundResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Compound'] = ResolversParentTypes['Compound']> = ResolversObject<{
  buildings?: Resolver<Array<ResolversTypes['Building']>, ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
  consultSettings?: Resolver<ResolversTypes['ConsultSettings'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rosterSummary?: Resolver<ResolversTypes['RosterSummary'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ConsultSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ConsultSettings'] = ResolversParentTypes['ConsultSettings']> = ResolversObject<{
  clusterRadiusM?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  clusterThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  compound?: Resolver<ResolversTypes['Compound'], ParentType, ContextType>;
  cosignDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cosignThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sitePlan?: Resolver<Maybe<ResolversTypes['Media']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ElectorateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Electorate'] = ResolversParentTypes['Electorate']> = ResolversObject<{
  areaM2?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  chainHead?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  chainLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  everyoneVoted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  frozenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  objectionDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  owners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resultsNotice?: Resolver<Maybe<ResolversTypes['Notice']>, ParentType, ContextType>;
  units?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ElectorateUnitResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ElectorateUnit'] = ResolversParentTypes['ElectorateUnit']> = ResolversObject<{
  areaM2?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['BallotChannel']>, ParentType, ContextType>;
  discrepancy?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RosterUnitKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  online?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  voted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ElectorateUnitConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ElectorateUnitConnection'] = ResolversParentTypes['ElectorateUnitConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ElectorateUnitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ElectorateUnitEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ElectorateUnitEdge'] = ResolversParentTypes['ElectorateUnitEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ElectorateUnit'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface FenScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Fen'], any> {
  name: 'Fen';
}

export type FinanceAccessResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FinanceAccess'] = ResolversParentTypes['FinanceAccess']> = ResolversObject<{
  approves?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  compound?: Resolver<ResolversTypes['Compound'], ParentType, ContextType>;
  keeps?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reads?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FinanceAccountTotalResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FinanceAccountTotal'] = ResolversParentTypes['FinanceAccountTotal']> = ResolversObject<{
  account?: Resolver<ResolversTypes['FinanceAccount'], ParentType, ContextType>;
  entryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FinanceCounterpartyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FinanceCounterparty'] = ResolversParentTypes['FinanceCounterparty']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['CounterpartyKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FinanceEntryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FinanceEntry'] = ResolversParentTypes['FinanceEntry']> = ResolversObject<{
  account?: Resolver<ResolversTypes['FinanceAccount'], ParentType, ContextType>;
  accountName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amountFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  approvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  approvedBy?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  counterparty?: Resolver<Maybe<ResolversTypes['FinanceCounterparty']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  prevHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['FinanceQuestion']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  reversedBy?: Resolver<Maybe<ResolversTypes['FinanceEntry']>, ParentType, ContextType>;
  reverses?: Resolver<Maybe<ResolversTypes['FinanceEntry']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FinanceEntryStatus'], ParentType, ContextType>;
  viewerAnswers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanApprove?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  vouchers?: Resolver<Array<ResolversTypes['Media']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FinanceEntryConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FinanceEntryConnection'] = ResolversParentTypes['FinanceEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FinanceEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FinanceEntryEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FinanceEntryEdge'] = ResolversParentTypes['FinanceEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FinanceEntry'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FinanceImportResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FinanceImport'] = ResolversParentTypes['FinanceImport']> = ResolversObject<{
  committed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  problemRowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['FinanceImportRow']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FinanceImportResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FinanceImportResult'] = ResolversParentTypes['FinanceImportResult']> = ResolversObject<{
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  written?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FinanceImportRowResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FinanceImportRow'] = ResolversParentTypes['FinanceImportRow']> = ResolversObject<{
  account?: Resolver<Maybe<ResolversTypes['FinanceAccount']>, ParentType, ContextType>;
  accountName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amountFen?: Resolver<Maybe<ResolversTypes['Fen']>, ParentType, ContextType>;
  counterparty?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FinanceMonthBarResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FinanceMonthBar'] = ResolversParentTypes['FinanceMonthBar']> = ResolversObject<{
  incomeFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  spendingFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FinanceQuestionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FinanceQuestion'] = ResolversParentTypes['FinanceQuestion']> = ResolversObject<{
  answer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  askedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entry?: Resolver<ResolversTypes['FinanceEntry'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FinanceStatementResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FinanceStatement'] = ResolversParentTypes['FinanceStatement']> = ResolversObject<{
  chainHead?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  chainLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closingBalanceFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  compound?: Resolver<ResolversTypes['Compound'], ParentType, ContextType>;
  entryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fundClosingFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  fundDepositsFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  fundDraws?: Resolver<Array<ResolversTypes['FinanceEntry']>, ParentType, ContextType>;
  fundDrawsFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  fundOpeningFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  income?: Resolver<Array<ResolversTypes['FinanceAccountTotal']>, ParentType, ContextType>;
  incomeFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['FinanceMonthBar']>, ParentType, ContextType>;
  notice?: Resolver<Maybe<ResolversTypes['Notice']>, ParentType, ContextType>;
  openQuestions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openingBalanceFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  overdueQuestions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  spending?: Resolver<Array<ResolversTypes['FinanceAccountTotal']>, ParentType, ContextType>;
  spendingFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  viewerApproves?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerRecords?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type GridResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Grid'] = ResolversParentTypes['Grid']> = ResolversObject<{
  buildings?: Resolver<Array<ResolversTypes['Building']>, ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HouseholdResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Household'] = ResolversParentTypes['Household']> = ResolversObject<{
  areaM2?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  building?: Resolver<ResolversTypes['Building'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['HouseholdRelation'], ParentType, ContextType>;
  room?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HouseholdClaimResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['HouseholdClaim'] = ResolversParentTypes['HouseholdClaim']> = ResolversObject<{
  areaM2?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  building?: Resolver<ResolversTypes['Building'], ParentType, ContextType>;
  claimant?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['HouseholdRelation'], ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  room?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rosterMatch?: Resolver<ResolversTypes['RosterMatch'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HouseholdClaimConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['HouseholdClaimConnection'] = ResolversParentTypes['HouseholdClaimConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['HouseholdClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HouseholdClaimEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['HouseholdClaimEdge'] = ResolversParentTypes['HouseholdClaimEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HouseholdClaim'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InboxLineResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['InboxLine'] = ResolversParentTypes['InboxLine']> = ResolversObject<{
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  subjectType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InboxMessageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['InboxMessage'] = ResolversParentTypes['InboxMessage']> = ResolversObject<{
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['InboxLine']>, ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  subjectType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InboxMessageConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['InboxMessageConnection'] = ResolversParentTypes['InboxMessageConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InboxMessageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InboxMessageEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['InboxMessageEdge'] = ResolversParentTypes['InboxMessageEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InboxMessage'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IssueResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Issue'] = ResolversParentTypes['Issue']> = ResolversObject<{
  assignee?: Resolver<Maybe<ResolversTypes['IssueHandler']>, ParentType, ContextType>;
  building?: Resolver<ResolversTypes['Building'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['IssueCategory'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  compound?: Resolver<ResolversTypes['Compound'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  duplicateOf?: Resolver<Maybe<ResolversTypes['Issue']>, ParentType, ContextType>;
  escalatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  escalatedTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  escalationLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  followUpAnswer?: Resolver<Maybe<ResolversTypes['FollowUpAnswer']>, ParentType, ContextType>;
  followUpPending?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isPublic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  linkedProposal?: Resolver<Maybe<ResolversTypes['LinkedProposal']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  onBehalfName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  photos?: Resolver<Array<ResolversTypes['Media']>, ParentType, ContextType>;
  raisedOnBehalf?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ratingComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reporter?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  reporterRoom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  shortCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  spot?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IssueStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  supportCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['IssueEvent']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerFollows?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerIsReporter?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerIsStaffInScope?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerNextSteps?: Resolver<Array<ResolversTypes['IssueStatus']>, ParentType, ContextType>;
  viewerSupports?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IssueClusterResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['IssueCluster'] = ResolversParentTypes['IssueCluster']> = ResolversObject<{
  category?: Resolver<ResolversTypes['IssueCategory'], ParentType, ContextType>;
  households?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  privateCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publicIssues?: Resolver<Array<ResolversTypes['Issue']>, ParentType, ContextType>;
  suggestedTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IssueConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['IssueConnection'] = ResolversParentTypes['IssueConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['IssueEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IssueEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['IssueEdge'] = ResolversParentTypes['IssueEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Issue'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IssueEventResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['IssueEvent'] = ResolversParentTypes['IssueEvent']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  actorRole?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  photos?: Resolver<Array<ResolversTypes['Media']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IssueStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IssueFiguresResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['IssueFigures'] = ResolversParentTypes['IssueFigures']> = ResolversObject<{
  averageRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  byCategory?: Resolver<Array<ResolversTypes['CategoryFigures']>, ParentType, ContextType>;
  escalatedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  escalatedMedianHoursToResolve?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  medianHoursToResolve?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  onTimeShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ratedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IssueHandlerResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['IssueHandler'] = ResolversParentTypes['IssueHandler']> = ResolversObject<{
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  scopeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type KeptAfterDeletionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['KeptAfterDeletion'] = ResolversParentTypes['KeptAfterDeletion']> = ResolversObject<{
  what?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  why?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LinkedProposalResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LinkedProposal'] = ResolversParentTypes['LinkedProposal']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  proposal?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['ProposalStage'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MediaResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Media'] = ResolversParentTypes['Media']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MeetingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = ResolversObject<{
  at?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minutes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acknowledgeNotice?: Resolver<ResolversTypes['Notice'], ParentType, ContextType, RequireFields<MutationAcknowledgeNoticeArgs, 'id'>>;
  addComment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType, RequireFields<MutationAddCommentArgs, 'input'>>;
  addIssueNote?: Resolver<ResolversTypes['Issue'], ParentType, ContextType, RequireFields<MutationAddIssueNoteArgs, 'id' | 'note'>>;
  addOption?: Resolver<ResolversTypes['ProposalOption'], ParentType, ContextType, RequireFields<MutationAddOptionArgs, 'input'>>;
  addRosterUnit?: Resolver<ResolversTypes['RosterUnit'], ParentType, ContextType, RequireFields<MutationAddRosterUnitArgs, 'compoundId' | 'input'>>;
  addTask?: Resolver<ResolversTypes['ProposalTask'], ParentType, ContextType, RequireFields<MutationAddTaskArgs, 'input' | 'proposalId'>>;
  advanceIssue?: Resolver<ResolversTypes['Issue'], ParentType, ContextType, RequireFields<MutationAdvanceIssueArgs, 'id' | 'to'>>;
  answerAcceptance?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationAnswerAcceptanceArgs, 'accept' | 'id'>>;
  answerFinanceQuestion?: Resolver<ResolversTypes['FinanceQuestion'], ParentType, ContextType, RequireFields<MutationAnswerFinanceQuestionArgs, 'answer' | 'id'>>;
  answerIssueFollowUp?: Resolver<ResolversTypes['Issue'], ParentType, ContextType, RequireFields<MutationAnswerIssueFollowUpArgs, 'answer' | 'id'>>;
  approveFinanceEntry?: Resolver<ResolversTypes['FinanceEntry'], ParentType, ContextType, RequireFields<MutationApproveFinanceEntryArgs, 'id'>>;
  askFinanceQuestion?: Resolver<ResolversTypes['FinanceQuestion'], ParentType, ContextType, RequireFields<MutationAskFinanceQuestionArgs, 'body' | 'entryId'>>;
  cancelActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationCancelActivityArgs, 'id' | 'reason'>>;
  cancelRegistration?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationCancelRegistrationArgs, 'id'>>;
  castBallot?: Resolver<ResolversTypes['Ballot'], ParentType, ContextType, RequireFields<MutationCastBallotArgs, 'optionIds' | 'proposalId'>>;
  castProxyBallot?: Resolver<ResolversTypes['OwnerBallot'], ParentType, ContextType, RequireFields<MutationCastProxyBallotArgs, 'optionIds' | 'proposalId' | 'unitId'>>;
  checkIn?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationCheckInArgs, 'code'>>;
  claimHousehold?: Resolver<ResolversTypes['HouseholdClaim'], ParentType, ContextType, RequireFields<MutationClaimHouseholdArgs, 'input'>>;
  closeAcceptance?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationCloseAcceptanceArgs, 'id'>>;
  closeVoting?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationCloseVotingArgs, 'id'>>;
  commitFinanceImport?: Resolver<ResolversTypes['FinanceImportResult'], ParentType, ContextType, RequireFields<MutationCommitFinanceImportArgs, 'id'>>;
  commitRosterImport?: Resolver<ResolversTypes['RosterImportResult'], ParentType, ContextType, RequireFields<MutationCommitRosterImportArgs, 'id'>>;
  confirmIssue?: Resolver<ResolversTypes['Issue'], ParentType, ContextType, RequireFields<MutationConfirmIssueArgs, 'id' | 'rating'>>;
  cosignProposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationCosignProposalArgs, 'id'>>;
  createActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationCreateActivityArgs, 'input'>>;
  createProposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationCreateProposalArgs, 'input'>>;
  deleteMyAccount?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  finishWork?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationFinishWorkArgs, 'id'>>;
  followIssue?: Resolver<ResolversTypes['Issue'], ParentType, ContextType, RequireFields<MutationFollowIssueArgs, 'follow' | 'id'>>;
  grantRole?: Resolver<ResolversTypes['RoleAssignment'], ParentType, ContextType, RequireFields<MutationGrantRoleArgs, 'input'>>;
  hideComment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType, RequireFields<MutationHideCommentArgs, 'hidden' | 'id'>>;
  markAllInboxRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  markInboxRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationMarkInboxReadArgs, 'ids'>>;
  markIssueDuplicate?: Resolver<ResolversTypes['Issue'], ParentType, ContextType, RequireFields<MutationMarkIssueDuplicateArgs, 'id' | 'originalId'>>;
  markNoticeRead?: Resolver<ResolversTypes['Notice'], ParentType, ContextType, RequireFields<MutationMarkNoticeReadArgs, 'id'>>;
  objectToRosterUnit?: Resolver<ResolversTypes['RosterObjection'], ParentType, ContextType, RequireFields<MutationObjectToRosterUnitArgs, 'body' | 'id'>>;
  openDiscussion?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationOpenDiscussionArgs, 'id'>>;
  openVoting?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationOpenVotingArgs, 'closesAt' | 'id' | 'ownersVote'>>;
  ping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  postMinutes?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationPostMinutesArgs, 'id' | 'minutes'>>;
  posterLink?: Resolver<ResolversTypes['PosterLink'], ParentType, ContextType, RequireFields<MutationPosterLinkArgs, 'id' | 'kind'>>;
  proposeFromCluster?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationProposeFromClusterArgs, 'input'>>;
  publishActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationPublishActivityArgs, 'id'>>;
  publishFinanceStatement?: Resolver<ResolversTypes['Notice'], ParentType, ContextType, RequireFields<MutationPublishFinanceStatementArgs, 'compoundId' | 'period'>>;
  publishNotice?: Resolver<ResolversTypes['Notice'], ParentType, ContextType, RequireFields<MutationPublishNoticeArgs, 'input'>>;
  raiseIssue?: Resolver<ResolversTypes['Issue'], ParentType, ContextType, RequireFields<MutationRaiseIssueArgs, 'input'>>;
  reassignIssue?: Resolver<ResolversTypes['Issue'], ParentType, ContextType, RequireFields<MutationReassignIssueArgs, 'assigneeId' | 'id'>>;
  recordAssistedBallot?: Resolver<ResolversTypes['Ballot'], ParentType, ContextType, RequireFields<MutationRecordAssistedBallotArgs, 'householdId' | 'optionIds' | 'photoId' | 'proposalId'>>;
  recordFinanceEntry?: Resolver<ResolversTypes['FinanceEntry'], ParentType, ContextType, RequireFields<MutationRecordFinanceEntryArgs, 'input'>>;
  recordPaperBallot?: Resolver<ResolversTypes['OwnerBallot'], ParentType, ContextType, RequireFields<MutationRecordPaperBallotArgs, 'optionIds' | 'photoId' | 'proposalId' | 'unitId'>>;
  recordProxy?: Resolver<ResolversTypes['RosterProxy'], ParentType, ContextType, RequireFields<MutationRecordProxyArgs, 'input'>>;
  recordSubscribeConsent?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationRecordSubscribeConsentArgs, 'accepted'>>;
  register?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationRegisterArgs, 'activityId' | 'partySize'>>;
  registerOnBehalf?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationRegisterOnBehalfArgs, 'accountId' | 'activityId' | 'partySize'>>;
  reopenIssue?: Resolver<ResolversTypes['Issue'], ParentType, ContextType, RequireFields<MutationReopenIssueArgs, 'id' | 'reason'>>;
  reportComment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType, RequireFields<MutationReportCommentArgs, 'id'>>;
  requestActivityReminder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRequestActivityReminderArgs, 'activityId'>>;
  resolveRosterObjection?: Resolver<ResolversTypes['RosterObjection'], ParentType, ContextType, RequireFields<MutationResolveRosterObjectionArgs, 'id'>>;
  retryOutboxMessage?: Resolver<ResolversTypes['OutboxMessage'], ParentType, ContextType, RequireFields<MutationRetryOutboxMessageArgs, 'id'>>;
  reverseFinanceEntry?: Resolver<ResolversTypes['FinanceEntry'], ParentType, ContextType, RequireFields<MutationReverseFinanceEntryArgs, 'id' | 'reason'>>;
  reviewHouseholdClaim?: Resolver<ResolversTypes['HouseholdClaim'], ParentType, ContextType, RequireFields<MutationReviewHouseholdClaimArgs, 'approve' | 'id'>>;
  reviewRegistration?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationReviewRegistrationArgs, 'approve' | 'id'>>;
  revokeProxy?: Resolver<ResolversTypes['RosterProxy'], ParentType, ContextType, RequireFields<MutationRevokeProxyArgs, 'id'>>;
  revokeRole?: Resolver<ResolversTypes['RoleAssignment'], ParentType, ContextType, RequireFields<MutationRevokeRoleArgs, 'id'>>;
  scheduleMeeting?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationScheduleMeetingArgs, 'at' | 'id' | 'place'>>;
  setSitePlan?: Resolver<ResolversTypes['ConsultSettings'], ParentType, ContextType, RequireFields<MutationSetSitePlanArgs, 'compoundId' | 'mediaId'>>;
  shareLink?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationShareLinkArgs, 'activityId'>>;
  signInDev?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationSignInDevArgs, 'handle'>>;
  signInWithWeChat?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationSignInWithWeChatArgs, 'code'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  submitProposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationSubmitProposalArgs, 'id'>>;
  supportIssue?: Resolver<ResolversTypes['Issue'], ParentType, ContextType, RequireFields<MutationSupportIssueArgs, 'id'>>;
  updateActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationUpdateActivityArgs, 'id' | 'input'>>;
  updateClusterSettings?: Resolver<ResolversTypes['ConsultSettings'], ParentType, ContextType, RequireFields<MutationUpdateClusterSettingsArgs, 'compoundId' | 'radiusM' | 'threshold'>>;
  updateConsultSettings?: Resolver<ResolversTypes['ConsultSettings'], ParentType, ContextType, RequireFields<MutationUpdateConsultSettingsArgs, 'compoundId' | 'cosignDays' | 'cosignThreshold'>>;
  updateNotice?: Resolver<ResolversTypes['Notice'], ParentType, ContextType, RequireFields<MutationUpdateNoticeArgs, 'id' | 'input'>>;
  updateNotificationSettings?: Resolver<ResolversTypes['NotificationSettings'], ParentType, ContextType, RequireFields<MutationUpdateNotificationSettingsArgs, 'input'>>;
  updateProfile?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType, RequireFields<MutationUpdateProfileArgs, 'input'>>;
  updateRosterSettings?: Resolver<ResolversTypes['RosterSummary'], ParentType, ContextType, RequireFields<MutationUpdateRosterSettingsArgs, 'compoundId' | 'objectionDays' | 'proxyLimit'>>;
  updateRosterUnit?: Resolver<ResolversTypes['RosterUnit'], ParentType, ContextType, RequireFields<MutationUpdateRosterUnitArgs, 'id' | 'input'>>;
  updateTask?: Resolver<ResolversTypes['ProposalTask'], ParentType, ContextType, RequireFields<MutationUpdateTaskArgs, 'id' | 'input'>>;
  withdrawNotice?: Resolver<ResolversTypes['Notice'], ParentType, ContextType, RequireFields<MutationWithdrawNoticeArgs, 'id'>>;
  withdrawProposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationWithdrawProposalArgs, 'id'>>;
  writeOutcome?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationWriteOutcomeArgs, 'id' | 'outcome'>>;
}>;

export type NoticeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Notice'] = ResolversParentTypes['Notice']> = ResolversObject<{
  acknowledgedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  acknowledgementsByBuilding?: Resolver<Array<ResolversTypes['NoticeAcknowledgementGroup']>, ParentType, ContextType>;
  action?: Resolver<Maybe<ResolversTypes['NoticeAction']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['NoticeCategory'], ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
  compound?: Resolver<Maybe<ResolversTypes['Compound']>, ParentType, ContextType>;
  cover?: Resolver<Maybe<ResolversTypes['Media']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pinned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  readCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requiresAck?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  shortCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NoticeStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerHasAcknowledged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerHasRead?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NoticeAcknowledgementGroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NoticeAcknowledgementGroup'] = ResolversParentTypes['NoticeAcknowledgementGroup']> = ResolversObject<{
  acknowledged?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  building?: Resolver<ResolversTypes['Building'], ParentType, ContextType>;
  pending?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NoticeActionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NoticeAction'] = ResolversParentTypes['NoticeAction']> = ResolversObject<{
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NoticeConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NoticeConnection'] = ResolversParentTypes['NoticeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NoticeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NoticeEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NoticeEdge'] = ResolversParentTypes['NoticeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notice'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NotificationSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NotificationSettings'] = ResolversParentTypes['NotificationSettings']> = ResolversObject<{
  activities?: Resolver<ResolversTypes['NotifyMode'], ParentType, ContextType>;
  digestAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  myIssues?: Resolver<ResolversTypes['NotifyMode'], ParentType, ContextType>;
  notices?: Resolver<ResolversTypes['NotifyMode'], ParentType, ContextType>;
  proposals?: Resolver<ResolversTypes['NotifyMode'], ParentType, ContextType>;
  quietFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quietTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  work?: Resolver<ResolversTypes['NotifyMode'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OutboxMessageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OutboxMessage'] = ResolversParentTypes['OutboxMessage']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastTriedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['DeadLetterReason']>, ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OutboxMessageConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OutboxMessageConnection'] = ResolversParentTypes['OutboxMessageConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OutboxMessageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OutboxMessageEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OutboxMessageEdge'] = ResolversParentTypes['OutboxMessageEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OutboxMessage'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OwnerBallotResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OwnerBallot'] = ResolversParentTypes['OwnerBallot']> = ResolversObject<{
  castAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['BallotChannel'], ParentType, ContextType>;
  optionIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  receipt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ParticipationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Participation'] = ResolversParentTypes['Participation']> = ResolversObject<{
  area?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  eligibleHouseholds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  households?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  quorumReached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  votedHouseholds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  realName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PosterLinkResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PosterLink'] = ResolversParentTypes['PosterLink']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProposalResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Proposal'] = ResolversParentTypes['Proposal']> = ResolversObject<{
  acceptance?: Resolver<ResolversTypes['Acceptance'], ParentType, ContextType>;
  acceptanceOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  advisory?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  background?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ballotKind?: Resolver<ResolversTypes['BallotKind'], ParentType, ContextType>;
  budgetCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  building?: Resolver<Maybe<ResolversTypes['Building']>, ParentType, ContextType>;
  comments?: Resolver<Array<ResolversTypes['Comment']>, ParentType, ContextType>;
  compound?: Resolver<ResolversTypes['Compound'], ParentType, ContextType>;
  cosignCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cosignDeadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  cosignThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  electorate?: Resolver<Maybe<ResolversTypes['Electorate']>, ParentType, ContextType>;
  electorateUnits?: Resolver<ResolversTypes['ElectorateUnitConnection'], ParentType, ContextType, RequireFields<ProposalElectorateUnitsArgs, 'first'>>;
  fundDrawnFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  fundDraws?: Resolver<Array<ResolversTypes['FinanceEntry']>, ParentType, ContextType>;
  hiddenIssueCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  householdsInScope?: Resolver<Array<ResolversTypes['ScopeHousehold']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['Issue']>, ParentType, ContextType>;
  matter?: Resolver<ResolversTypes['MatterKind'], ParentType, ContextType>;
  maxChoices?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  opinions?: Resolver<Array<ResolversTypes['Comment']>, ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['ProposalOption']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participation?: Resolver<Maybe<ResolversTypes['Participation']>, ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['ProposalResult']>, ParentType, ContextType>;
  shortCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sitePlan?: Resolver<Maybe<ResolversTypes['Media']>, ParentType, ContextType>;
  spentCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['ProposalStage'], ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['ProposalTask']>, ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['ProposalEvent']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerBallot?: Resolver<Maybe<ResolversTypes['Ballot']>, ParentType, ContextType>;
  viewerCanCosign?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanVote?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerHasCosigned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerIsAuthor?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerIsCommittee?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerProxyUnits?: Resolver<Array<ResolversTypes['RosterUnit']>, ParentType, ContextType>;
  viewerVoteBlockedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  voteReceipts?: Resolver<ResolversTypes['VoteReceiptConnection'], ParentType, ContextType, RequireFields<ProposalVoteReceiptsArgs, 'first'>>;
  votingClosesAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProposalConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ProposalConnection'] = ResolversParentTypes['ProposalConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProposalEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProposalEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ProposalEdge'] = ResolversParentTypes['ProposalEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProposalEventResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ProposalEvent'] = ResolversParentTypes['ProposalEvent']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  photos?: Resolver<Array<ResolversTypes['Media']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['ProposalStage'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProposalOptionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ProposalOption'] = ResolversParentTypes['ProposalOption']> = ResolversObject<{
  amendment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pinX?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pinY?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  votes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProposalPreviewResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ProposalPreview'] = ResolversParentTypes['ProposalPreview']> = ResolversObject<{
  compoundName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['ProposalStage'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  votingClosesAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProposalResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ProposalResult'] = ResolversParentTypes['ProposalResult']> = ResolversObject<{
  eligibleOwners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participatingOwners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participationArea?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  participationHouseholds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tie?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  winningOptionIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProposalTaskResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ProposalTask'] = ResolversParentTypes['ProposalTask']> = ResolversObject<{
  budgetCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['ProposalEvent']>, ParentType, ContextType>;
  ownerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pendingSpentFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  spentCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  spentFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TaskStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, RequireFields<QueryActivitiesArgs, 'first'>>;
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType, RequireFields<QueryActivityArgs, 'id'>>;
  activityIcs?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryActivityIcsArgs, 'id'>>;
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'communityId' | 'first'>>;
  building?: Resolver<Maybe<ResolversTypes['Building']>, ParentType, ContextType, RequireFields<QueryBuildingArgs, 'id'>>;
  communities?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType, RequireFields<QueryCommunityArgs, 'id'>>;
  communityStats?: Resolver<ResolversTypes['CommunityStats'], ParentType, ContextType, RequireFields<QueryCommunityStatsArgs, 'communityId'>>;
  exportMyData?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  financeAccess?: Resolver<ResolversTypes['FinanceAccess'], ParentType, ContextType, RequireFields<QueryFinanceAccessArgs, 'compoundId'>>;
  financeEntries?: Resolver<ResolversTypes['FinanceEntryConnection'], ParentType, ContextType, RequireFields<QueryFinanceEntriesArgs, 'compoundId' | 'first' | 'pending' | 'period'>>;
  financeEntry?: Resolver<Maybe<ResolversTypes['FinanceEntry']>, ParentType, ContextType, RequireFields<QueryFinanceEntryArgs, 'id'>>;
  financeImport?: Resolver<Maybe<ResolversTypes['FinanceImport']>, ParentType, ContextType, RequireFields<QueryFinanceImportArgs, 'id'>>;
  financeStatement?: Resolver<ResolversTypes['FinanceStatement'], ParentType, ContextType, RequireFields<QueryFinanceStatementArgs, 'compoundId' | 'period'>>;
  householdClaimsToReview?: Resolver<ResolversTypes['HouseholdClaimConnection'], ParentType, ContextType, RequireFields<QueryHouseholdClaimsToReviewArgs, 'first' | 'status'>>;
  issue?: Resolver<Maybe<ResolversTypes['Issue']>, ParentType, ContextType, RequireFields<QueryIssueArgs, 'id'>>;
  issueClusters?: Resolver<Array<ResolversTypes['IssueCluster']>, ParentType, ContextType, RequireFields<QueryIssueClustersArgs, 'compoundId'>>;
  issueHandlers?: Resolver<Array<ResolversTypes['IssueHandler']>, ParentType, ContextType, RequireFields<QueryIssueHandlersArgs, 'issueId'>>;
  issues?: Resolver<ResolversTypes['IssueConnection'], ParentType, ContextType, RequireFields<QueryIssuesArgs, 'first'>>;
  myRegistrations?: Resolver<ResolversTypes['RegistrationConnection'], ParentType, ContextType, RequireFields<QueryMyRegistrationsArgs, 'first'>>;
  myRosterUnits?: Resolver<Array<ResolversTypes['RosterUnit']>, ParentType, ContextType>;
  notice?: Resolver<Maybe<ResolversTypes['Notice']>, ParentType, ContextType, RequireFields<QueryNoticeArgs, 'id'>>;
  notices?: Resolver<ResolversTypes['NoticeConnection'], ParentType, ContextType, RequireFields<QueryNoticesArgs, 'first'>>;
  outboxDeadLetters?: Resolver<ResolversTypes['OutboxMessageConnection'], ParentType, ContextType, RequireFields<QueryOutboxDeadLettersArgs, 'first'>>;
  peopleInScope?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPeopleInScopeArgs, 'communityId' | 'first'>>;
  personalDataKeptAfterDeletion?: Resolver<Array<ResolversTypes['KeptAfterDeletion']>, ParentType, ContextType>;
  ping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  proposal?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType, RequireFields<QueryProposalArgs, 'id'>>;
  proposalPreview?: Resolver<Maybe<ResolversTypes['ProposalPreview']>, ParentType, ContextType, RequireFields<QueryProposalPreviewArgs, 'id'>>;
  proposals?: Resolver<ResolversTypes['ProposalConnection'], ParentType, ContextType, RequireFields<QueryProposalsArgs, 'first'>>;
  registrationsCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryRegistrationsCsvArgs, 'activityId'>>;
  roster?: Resolver<ResolversTypes['RosterUnitConnection'], ParentType, ContextType, RequireFields<QueryRosterArgs, 'compoundId' | 'first'>>;
  rosterImport?: Resolver<Maybe<ResolversTypes['RosterImport']>, ParentType, ContextType, RequireFields<QueryRosterImportArgs, 'id'>>;
  shortLink?: Resolver<ResolversTypes['ShortLink'], ParentType, ContextType, RequireFields<QueryShortLinkArgs, 'code'>>;
  similarIssues?: Resolver<Array<ResolversTypes['Issue']>, ParentType, ContextType, RequireFields<QuerySimilarIssuesArgs, 'input'>>;
  staffRoles?: Resolver<ResolversTypes['RoleAssignmentConnection'], ParentType, ContextType, RequireFields<QueryStaffRolesArgs, 'first'>>;
  streetEscalations?: Resolver<ResolversTypes['IssueConnection'], ParentType, ContextType, RequireFields<QueryStreetEscalationsArgs, 'first' | 'streetId'>>;
  streetStats?: Resolver<Array<ResolversTypes['CommunityStats']>, ParentType, ContextType, RequireFields<QueryStreetStatsArgs, 'streetId'>>;
  subscribeTemplates?: Resolver<Array<ResolversTypes['SubscribeTemplate']>, ParentType, ContextType>;
  unreadNoticeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<QueryUnreadNoticeCountArgs>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  workbenchIssues?: Resolver<ResolversTypes['IssueConnection'], ParentType, ContextType, RequireFields<QueryWorkbenchIssuesArgs, 'first'>>;
}>;

export type RegistrationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Registration'] = ResolversParentTypes['Registration']> = ResolversObject<{
  activity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
  answers?: Resolver<Array<ResolversTypes['Answer']>, ParentType, ContextType>;
  attendedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  checkInCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  onBehalf?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  partySize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  scene?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RegistrationStatus'], ParentType, ContextType>;
  waitlistPosition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RegistrationConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RegistrationConnection'] = ResolversParentTypes['RegistrationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RegistrationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RegistrationEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RegistrationEdge'] = ResolversParentTypes['RegistrationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Registration'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RoleAssignmentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RoleAssignment'] = ResolversParentTypes['RoleAssignment']> = ResolversObject<{
  community?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
  grantedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  scopeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scopeKind?: Resolver<ResolversTypes['ScopeKind'], ParentType, ContextType>;
  scopeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RoleAssignmentConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RoleAssignmentConnection'] = ResolversParentTypes['RoleAssignmentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RoleAssignmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RoleAssignmentEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RoleAssignmentEdge'] = ResolversParentTypes['RoleAssignmentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RoleAssignment'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RosterImportResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RosterImport'] = ResolversParentTypes['RosterImport']> = ResolversObject<{
  committed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  compound?: Resolver<ResolversTypes['Compound'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  problemRowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['RosterImportRow']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RosterImportResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RosterImportResult'] = ResolversParentTypes['RosterImportResult']> = ResolversObject<{
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  written?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RosterImportRowResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RosterImportRow'] = ResolversParentTypes['RosterImportRow']> = ResolversObject<{
  areaM2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  areaSource?: Resolver<Maybe<ResolversTypes['AreaSource']>, ParentType, ContextType>;
  building?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['RosterUnitKind']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ownerNames?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  problemText?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['RosterRowProblem']>, ParentType, ContextType>;
  room?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RosterMatchResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RosterMatch'] = ResolversParentTypes['RosterMatch']> = ResolversObject<{
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RosterMatchStatus'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['RosterUnit']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RosterObjectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RosterObjection'] = ResolversParentTypes['RosterObjection']> = ResolversObject<{
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RosterProxyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RosterProxy'] = ResolversParentTypes['RosterProxy']> = ResolversObject<{
  authorisation?: Resolver<Maybe<ResolversTypes['Media']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  proxyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proxyPhone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revoked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['RosterUnit'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RosterSummaryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RosterSummary'] = ResolversParentTypes['RosterSummary']> = ResolversObject<{
  areaM2?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  objectionDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  owners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  proxyLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  units?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RosterUnitResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RosterUnit'] = ResolversParentTypes['RosterUnit']> = ResolversObject<{
  areaM2?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  areaSource?: Resolver<ResolversTypes['AreaSource'], ParentType, ContextType>;
  building?: Resolver<ResolversTypes['Building'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isOwn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RosterUnitKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  objections?: Resolver<Array<ResolversTypes['RosterObjection']>, ParentType, ContextType>;
  ownerNames?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownerPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  proxies?: Resolver<Array<ResolversTypes['RosterProxy']>, ParentType, ContextType>;
  room?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RosterUnitConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RosterUnitConnection'] = ResolversParentTypes['RosterUnitConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RosterUnitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RosterUnitEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RosterUnitEdge'] = ResolversParentTypes['RosterUnitEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RosterUnit'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SceneCountResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SceneCount'] = ResolversParentTypes['SceneCount']> = ResolversObject<{
  registrations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scene?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ScopeHouseholdResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ScopeHousehold'] = ResolversParentTypes['ScopeHousehold']> = ResolversObject<{
  areaM2?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  assisted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mayVote?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  voted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SessionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ShortLinkResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ShortLink'] = ResolversParentTypes['ShortLink']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ShortLinkKind'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SignUpQuestionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SignUpQuestion'] = ResolversParentTypes['SignUpQuestion']> = ResolversObject<{
  options?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['QuestionType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StreetResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Street'] = ResolversParentTypes['Street']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SubscribeConsentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SubscribeConsent'] = ResolversParentTypes['SubscribeConsent']> = ResolversObject<{
  remaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  templateId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SubscribeTemplateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SubscribeTemplate'] = ResolversParentTypes['SubscribeTemplate']> = ResolversObject<{
  purpose?: Resolver<ResolversTypes['SubscribePurpose'], ParentType, ContextType>;
  templateId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  claims?: Resolver<Array<ResolversTypes['HouseholdClaim']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  homeCommunity?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  households?: Resolver<Array<ResolversTypes['Household']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inbox?: Resolver<ResolversTypes['InboxMessageConnection'], ParentType, ContextType, RequireFields<ViewerInboxArgs, 'first' | 'unreadOnly'>>;
  isStaff?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  notificationSettings?: Resolver<ResolversTypes['NotificationSettings'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  realName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['RoleAssignment']>, ParentType, ContextType>;
  subscribeConsents?: Resolver<Array<ResolversTypes['SubscribeConsent']>, ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VoteReceiptResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['VoteReceipt'] = ResolversParentTypes['VoteReceipt']> = ResolversObject<{
  optionLabels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  receipt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VoteReceiptConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['VoteReceiptConnection'] = ResolversParentTypes['VoteReceiptConnection']> = ResolversObject<{
  chainHead?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['VoteReceiptEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VoteReceiptEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['VoteReceiptEdge'] = ResolversParentTypes['VoteReceiptEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VoteReceipt'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GatewayContext> = ResolversObject<{
  Acceptance?: AcceptanceResolvers<ContextType>;
  Activity?: ActivityResolvers<ContextType>;
  ActivityConnection?: ActivityConnectionResolvers<ContextType>;
  ActivityEdge?: ActivityEdgeResolvers<ContextType>;
  ActivityFigures?: ActivityFiguresResolvers<ContextType>;
  ActivityMaterial?: ActivityMaterialResolvers<ContextType>;
  Answer?: AnswerResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Ballot?: BallotResolvers<ContextType>;
  Building?: BuildingResolvers<ContextType>;
  CategoryFigures?: CategoryFiguresResolvers<ContextType>;
  Comment?: CommentResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  CommunityStats?: CommunityStatsResolvers<ContextType>;
  Compound?: CompoundResolvers<ContextType>;
  ConsultSettings?: ConsultSettingsResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Electorate?: ElectorateResolvers<ContextType>;
  ElectorateUnit?: ElectorateUnitResolvers<ContextType>;
  ElectorateUnitConnection?: ElectorateUnitConnectionResolvers<ContextType>;
  ElectorateUnitEdge?: ElectorateUnitEdgeResolvers<ContextType>;
  Fen?: GraphQLScalarType;
  FinanceAccess?: FinanceAccessResolvers<ContextType>;
  FinanceAccountTotal?: FinanceAccountTotalResolvers<ContextType>;
  FinanceCounterparty?: FinanceCounterpartyResolvers<ContextType>;
  FinanceEntry?: FinanceEntryResolvers<ContextType>;
  FinanceEntryConnection?: FinanceEntryConnectionResolvers<ContextType>;
  FinanceEntryEdge?: FinanceEntryEdgeResolvers<ContextType>;
  FinanceImport?: FinanceImportResolvers<ContextType>;
  FinanceImportResult?: FinanceImportResultResolvers<ContextType>;
  FinanceImportRow?: FinanceImportRowResolvers<ContextType>;
  FinanceMonthBar?: FinanceMonthBarResolvers<ContextType>;
  FinanceQuestion?: FinanceQuestionResolvers<ContextType>;
  FinanceStatement?: FinanceStatementResolvers<ContextType>;
  Grid?: GridResolvers<ContextType>;
  Household?: HouseholdResolvers<ContextType>;
  HouseholdClaim?: HouseholdClaimResolvers<ContextType>;
  HouseholdClaimConnection?: HouseholdClaimConnectionResolvers<ContextType>;
  HouseholdClaimEdge?: HouseholdClaimEdgeResolvers<ContextType>;
  InboxLine?: InboxLineResolvers<ContextType>;
  InboxMessage?: InboxMessageResolvers<ContextType>;
  InboxMessageConnection?: InboxMessageConnectionResolvers<ContextType>;
  InboxMessageEdge?: InboxMessageEdgeResolvers<ContextType>;
  Issue?: IssueResolvers<ContextType>;
  IssueCluster?: IssueClusterResolvers<ContextType>;
  IssueConnection?: IssueConnectionResolvers<ContextType>;
  IssueEdge?: IssueEdgeResolvers<ContextType>;
  IssueEvent?: IssueEventResolvers<ContextType>;
  IssueFigures?: IssueFiguresResolvers<ContextType>;
  IssueHandler?: IssueHandlerResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  KeptAfterDeletion?: KeptAfterDeletionResolvers<ContextType>;
  LinkedProposal?: LinkedProposalResolvers<ContextType>;
  Media?: MediaResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notice?: NoticeResolvers<ContextType>;
  NoticeAcknowledgementGroup?: NoticeAcknowledgementGroupResolvers<ContextType>;
  NoticeAction?: NoticeActionResolvers<ContextType>;
  NoticeConnection?: NoticeConnectionResolvers<ContextType>;
  NoticeEdge?: NoticeEdgeResolvers<ContextType>;
  NotificationSettings?: NotificationSettingsResolvers<ContextType>;
  OutboxMessage?: OutboxMessageResolvers<ContextType>;
  OutboxMessageConnection?: OutboxMessageConnectionResolvers<ContextType>;
  OutboxMessageEdge?: OutboxMessageEdgeResolvers<ContextType>;
  OwnerBallot?: OwnerBallotResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participation?: ParticipationResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PosterLink?: PosterLinkResolvers<ContextType>;
  Proposal?: ProposalResolvers<ContextType>;
  ProposalConnection?: ProposalConnectionResolvers<ContextType>;
  ProposalEdge?: ProposalEdgeResolvers<ContextType>;
  ProposalEvent?: ProposalEventResolvers<ContextType>;
  ProposalOption?: ProposalOptionResolvers<ContextType>;
  ProposalPreview?: ProposalPreviewResolvers<ContextType>;
  ProposalResult?: ProposalResultResolvers<ContextType>;
  ProposalTask?: ProposalTaskResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Registration?: RegistrationResolvers<ContextType>;
  RegistrationConnection?: RegistrationConnectionResolvers<ContextType>;
  RegistrationEdge?: RegistrationEdgeResolvers<ContextType>;
  RoleAssignment?: RoleAssignmentResolvers<ContextType>;
  RoleAssignmentConnection?: RoleAssignmentConnectionResolvers<ContextType>;
  RoleAssignmentEdge?: RoleAssignmentEdgeResolvers<ContextType>;
  RosterImport?: RosterImportResolvers<ContextType>;
  RosterImportResult?: RosterImportResultResolvers<ContextType>;
  RosterImportRow?: RosterImportRowResolvers<ContextType>;
  RosterMatch?: RosterMatchResolvers<ContextType>;
  RosterObjection?: RosterObjectionResolvers<ContextType>;
  RosterProxy?: RosterProxyResolvers<ContextType>;
  RosterSummary?: RosterSummaryResolvers<ContextType>;
  RosterUnit?: RosterUnitResolvers<ContextType>;
  RosterUnitConnection?: RosterUnitConnectionResolvers<ContextType>;
  RosterUnitEdge?: RosterUnitEdgeResolvers<ContextType>;
  SceneCount?: SceneCountResolvers<ContextType>;
  ScopeHousehold?: ScopeHouseholdResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  ShortLink?: ShortLinkResolvers<ContextType>;
  SignUpQuestion?: SignUpQuestionResolvers<ContextType>;
  Street?: StreetResolvers<ContextType>;
  SubscribeConsent?: SubscribeConsentResolvers<ContextType>;
  SubscribeTemplate?: SubscribeTemplateResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  VoteReceipt?: VoteReceiptResolvers<ContextType>;
  VoteReceiptConnection?: VoteReceiptConnectionResolvers<ContextType>;
  VoteReceiptEdge?: VoteReceiptEdgeResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = GatewayContext> = ResolversObject<{
  maxItems?: MaxItemsDirectiveResolver<any, any, ContextType>;
  maxLength?: MaxLengthDirectiveResolver<any, any, ContextType>;
}>;
