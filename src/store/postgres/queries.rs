//! The store's queries on PostgreSQL.

use super::{missing, Db};
use crate::domain::audit::{Actor, Change, LogEntry, LogFilter};
use crate::domain::customer::{Customer, CustomerFilter, NewCustomer};
use crate::domain::gdap::{GdapCard, GdapRelationship};
use crate::domain::invitation::{Invitation, InvitationStatus};
use crate::domain::provider::{NewProvider, Provider, ProviderCustomer, ProviderFilter};
use crate::store::records::*;

impl Db<'_> {
    pub fn append_audit(&self, _actor: &Actor, _change: &Change) -> anyhow::Result<()> {
        Err(missing("append_audit"))
    }

    pub fn for_each_log_entry(
        &self,
        _filter: &LogFilter,
        _f: impl FnMut(LogEntry) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        Err(missing("for_each_log_entry"))
    }

    pub fn insert_customer(&self, _id: &str, _new: &NewCustomer, _now: &str) -> anyhow::Result<()> {
        Err(missing("insert_customer"))
    }

    pub fn insert_customer_with(
        &self,
        _id: &str,
        _new: &NewCustomer,
        _partner_center_relationship: Option<&str>,
        _now: &str,
    ) -> anyhow::Result<()> {
        Err(missing("insert_customer_with"))
    }

    pub fn insert_customer_if_new(
        &self,
        _id: &str,
        _new: &NewCustomer,
        _partner_center_relationship: Option<&str>,
        _now: &str,
    ) -> anyhow::Result<bool> {
        Err(missing("insert_customer_if_new"))
    }

    pub fn customer(&self, _id: &str) -> anyhow::Result<Option<Customer>> {
        Err(missing("customer"))
    }

    pub fn customer_extras(&self, _id: &str) -> anyhow::Result<CustomerExtras> {
        Err(missing("customer_extras"))
    }

    pub fn customer_id_by_domain(&self, _domain: &str) -> anyhow::Result<Option<String>> {
        Err(missing("customer_id_by_domain"))
    }

    pub fn add_customer_domain(
        &self,
        _customer_id: &str,
        _domain: &str,
        _now: &str,
    ) -> anyhow::Result<()> {
        Err(missing("add_customer_domain"))
    }

    pub fn remove_customer_domain(
        &self,
        _customer_id: &str,
        _domain: &str,
    ) -> anyhow::Result<bool> {
        Err(missing("remove_customer_domain"))
    }

    pub fn set_primary_domain(
        &self,
        _customer_id: &str,
        _domain: &str,
        _now: &str,
    ) -> anyhow::Result<()> {
        Err(missing("set_primary_domain"))
    }

    pub fn any_invited_without_tenant(&self) -> anyhow::Result<bool> {
        Err(missing("any_invited_without_tenant"))
    }

    pub fn invited_without_tenant_named(&self, _name: &str) -> anyhow::Result<Vec<String>> {
        Err(missing("invited_without_tenant_named"))
    }

    pub fn customer_id_by_tenant(&self, _tenant_id: &str) -> anyhow::Result<Option<String>> {
        Err(missing("customer_id_by_tenant"))
    }

    pub fn customers_matching(
        &self,
        _reference: &str,
        _cap: usize,
    ) -> anyhow::Result<Vec<Customer>> {
        Err(missing("customers_matching"))
    }

    pub fn for_each_customer(
        &self,
        _filter: &CustomerFilter,
        _f: impl FnMut(&Customer) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        Err(missing("for_each_customer"))
    }

    pub fn update_customer(
        &self,
        _id: &str,
        _changes: &CustomerChanges,
        _now: &str,
    ) -> anyhow::Result<()> {
        Err(missing("update_customer"))
    }

    pub fn any_gdap(&self) -> anyhow::Result<bool> {
        Ok(self
            .client
            .borrow_mut()
            .query_one("SELECT EXISTS (SELECT 1 FROM gdap_relationships)", &[])?
            .get(0))
    }

    pub fn insert_gdap(&self, _row: &GdapRow, _now: &str) -> anyhow::Result<()> {
        Err(missing("insert_gdap"))
    }

    pub fn update_gdap(&self, _row: &GdapRow, _now: &str) -> anyhow::Result<()> {
        Err(missing("update_gdap"))
    }

    pub fn gdap_row(&self, _id: &str) -> anyhow::Result<Option<GdapRow>> {
        Err(missing("gdap_row"))
    }

    pub fn gdap_card(&self, _id: &str) -> anyhow::Result<Option<GdapCard>> {
        Err(missing("gdap_card"))
    }

    pub fn gdap_matching(&self, _reference: &str, _cap: usize) -> anyhow::Result<Vec<GdapCard>> {
        Err(missing("gdap_matching"))
    }

    pub fn gdap_id_by_microsoft_id(&self, _microsoft_id: &str) -> anyhow::Result<Option<String>> {
        Err(missing("gdap_id_by_microsoft_id"))
    }

    pub fn gdap_id_by_display_name(&self, _name: &str) -> anyhow::Result<Option<String>> {
        Err(missing("gdap_id_by_display_name"))
    }

    pub fn gdap_of_customer(&self, _customer_id: &str) -> anyhow::Result<Vec<GdapRelationship>> {
        Err(missing("gdap_of_customer"))
    }

    pub fn for_each_gdap(
        &self,
        _customer_id: Option<&str>,
        _f: impl FnMut(GdapCard) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        Err(missing("for_each_gdap"))
    }

    pub fn put_access_assignment(
        &self,
        _relationship_id: &str,
        _group_id: &str,
        _group_name: Option<&str>,
        _roles: &[String],
        _now: &str,
    ) -> anyhow::Result<()> {
        Err(missing("put_access_assignment"))
    }

    pub fn invitations_of_customer(&self, _customer_id: &str) -> anyhow::Result<Vec<Invitation>> {
        Err(missing("invitations_of_customer"))
    }

    pub fn insert_invitation(&self, _new: &NewInvitation<'_>) -> anyhow::Result<()> {
        Err(missing("insert_invitation"))
    }

    pub fn invitation(&self, _id: &str) -> anyhow::Result<Option<Invitation>> {
        Err(missing("invitation"))
    }

    pub fn invitations_matching(
        &self,
        _reference: &str,
        _cap: usize,
    ) -> anyhow::Result<Vec<Invitation>> {
        Err(missing("invitations_matching"))
    }

    pub fn pending_invitation(
        &self,
        _customer_id: &str,
        _provider_id: Option<&str>,
    ) -> anyhow::Result<Option<Invitation>> {
        Err(missing("pending_invitation"))
    }

    pub fn pending_invitations_of_customer(
        &self,
        _customer_id: &str,
    ) -> anyhow::Result<Vec<Invitation>> {
        Err(missing("pending_invitations_of_customer"))
    }

    pub fn set_invitation_status(
        &self,
        _id: &str,
        _status: InvitationStatus,
        _now: &str,
    ) -> anyhow::Result<()> {
        Err(missing("set_invitation_status"))
    }

    pub fn record_reminder(&self, _id: &str, _now: &str) -> anyhow::Result<()> {
        Err(missing("record_reminder"))
    }

    pub fn invitation_delegated_admin(&self, _id: &str) -> anyhow::Result<bool> {
        Err(missing("invitation_delegated_admin"))
    }

    pub fn for_each_invitation(
        &self,
        _filter: &crate::domain::invitation::InvitationFilter,
        _f: impl FnMut(Invitation) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        Err(missing("for_each_invitation"))
    }

    pub fn provider_links_of_customer(
        &self,
        _customer_id: &str,
    ) -> anyhow::Result<Vec<ProviderLink>> {
        Err(missing("provider_links_of_customer"))
    }

    pub fn providers_matching(
        &self,
        _reference: &str,
        _cap: usize,
    ) -> anyhow::Result<Vec<Provider>> {
        Err(missing("providers_matching"))
    }

    pub fn provider(&self, _id: &str) -> anyhow::Result<Option<Provider>> {
        Err(missing("provider"))
    }

    pub fn provider_by_tenant(&self, _tenant_id: &str) -> anyhow::Result<Option<Provider>> {
        Err(missing("provider_by_tenant"))
    }

    pub fn provider_removed_at(&self, _id: &str) -> anyhow::Result<Option<String>> {
        Err(missing("provider_removed_at"))
    }

    pub fn providers_named(&self, _name: &str, _except_id: Option<&str>) -> anyhow::Result<u64> {
        Err(missing("providers_named"))
    }

    pub fn insert_provider(&self, _id: &str, _new: &NewProvider, _now: &str) -> anyhow::Result<()> {
        Err(missing("insert_provider"))
    }

    pub fn reconnect_provider(
        &self,
        _id: &str,
        _new: &NewProvider,
        _now: &str,
    ) -> anyhow::Result<()> {
        Err(missing("reconnect_provider"))
    }

    pub fn remove_provider(&self, _id: &str, _now: &str) -> anyhow::Result<()> {
        Err(missing("remove_provider"))
    }

    pub fn for_each_provider(
        &self,
        _filter: &ProviderFilter,
        _f: impl FnMut(Provider) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        Err(missing("for_each_provider"))
    }

    pub fn customers_of_provider(
        &self,
        _provider_id: &str,
    ) -> anyhow::Result<Vec<ProviderCustomer>> {
        Err(missing("customers_of_provider"))
    }

    pub fn invitations_of_provider(&self, _provider_id: &str) -> anyhow::Result<Vec<Invitation>> {
        Err(missing("invitations_of_provider"))
    }

    pub fn provider_tenants(&self) -> anyhow::Result<Vec<(String, String)>> {
        Err(missing("provider_tenants"))
    }

    pub fn provider_holds(&self, _provider_id: &str, _customer_id: &str) -> anyhow::Result<bool> {
        Err(missing("provider_holds"))
    }

    pub fn link_provider(
        &self,
        _provider_id: &str,
        _customer_id: &str,
        _now: &str,
        _invitation_id: Option<&str>,
    ) -> anyhow::Result<()> {
        Err(missing("link_provider"))
    }

    pub fn detach_provider(&self, _provider_id: &str, _customer_id: &str) -> anyhow::Result<bool> {
        Err(missing("detach_provider"))
    }

    pub fn cancel_pending_invitations(
        &self,
        _customer_id: &str,
        _now: &str,
    ) -> anyhow::Result<Vec<String>> {
        Err(missing("cancel_pending_invitations"))
    }
}
