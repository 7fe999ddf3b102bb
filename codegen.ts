import type { CodegenConfig } from '@graphql-codegen/cli'

// The gateway's resolver types, generated from the SDL every module owns. `npm test` fails when
// gateway/generated/ is stale (test/gateway/codegen.test.ts), so run `npm run codegen` after editing SDL.
const config: CodegenConfig = {
  overwrite: true,
  schema: 'gateway/modules/*/schema.graphql',
  generates: {
    'gateway/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context#GatewayContext',
        useIndexSignature: true,
        enumsAsTypes: true,
        useTypeImports: true,
        mapperTypeSuffix: 'Model',
        scalars: { DateTime: 'string', JSON: 'unknown' },
        mappers: {
          Street: '../db/tables#StreetRow',
          Community: '../db/tables#CommunityRow',
          Grid: '../db/tables#GridRow',
          Compound: '../db/tables#CompoundRow',
          Building: '../db/tables#BuildingRow',
          Viewer: '../context#Viewer',
          Person: '../db/tables#AccountRow',
          Session: '../modules/accounts/service#SignedIn',
          RoleAssignment: '../db/tables#RoleAssignmentRow',
          Household: '../modules/accounts/store#HouseholdMembership',
          HouseholdClaim: '../db/tables#HouseholdClaimRow',
          Media: '../db/tables#MediaRow',
          InboxMessage: '../db/tables#InboxMessageRow',
          InboxLine: '../modules/notify/tables#DigestItemRow',
          AuditEntry: '../db/tables#AuditLogRow',
          Notice: '../db/tables#NoticeRow',
          NoticeAcknowledgementGroup: '../modules/notices/store#AcknowledgementGroup',
          Issue: '../db/tables#IssueRow',
          IssueEvent: '../db/tables#IssueEventRow',
          IssueHandler: '../modules/issues/handlers#IssueHandlerModel',
          IssueCluster: '../modules/consult/clusters#IssueCluster',
          CommunityStats: '../modules/issues/figures#CommunityStatsModel',
          Proposal: '../db/tables#ProposalRow',
          ProposalOption: '../modules/consult/models#OptionModel',
          Comment: '../modules/consult/models#CommentModel',
          ProposalTask: '../db/tables#ProposalTaskRow',
          ProposalEvent: '../db/tables#ProposalEventRow',
          ProposalResult: '../modules/consult/tally#TallyResult',
          ConsultSettings: '../modules/consult/models#SettingsModel',
          Activity: '../db/tables#ActivityRow',
          Registration: '../db/tables#RegistrationRow',
          RosterUnit: '../db/tables#RosterUnitRow',
          RosterProxy: '../db/tables#RosterProxyRow',
          RosterObjection: '../modules/roster/models#RosterObjectionModel',
          RosterImport: '../modules/roster/models#RosterImportModel',
          RosterImportRow: '../modules/roster/import-rows#PreviewRow',
          RosterSummary: '../modules/roster/models#RosterSummaryModel',
          Electorate: '../db/tables#ElectorateRow',
        },
      },
    },
  },
}

export default config
