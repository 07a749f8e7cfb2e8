//! `csp status`: every kind of item, each with its command; `--json` field
//! names; `--exit-code`; `[status] chase_after_days`; the default
//! provider's item; the bounded counts; and the index every question reads.

use crate::common::Home;

const MS_ID: &str = "5d027261-1111-2222-3333-444455556666-8777b240-aaaa-bbbb-cccc-ddddeeeeffff";

#[test]
fn every_status_question_reads_an_index() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = csp::store::Store::open(&dir.path().join("csp.db")).expect("open");
    for (name, plan) in store.read().status_query_plans().expect("plans") {
        // Only the two counts over all customers may walk the table: they
        // stop at their LIMIT (1000 rows), whatever its size.
        let bounded_count = name == "without_admin_access" || name == "provider_cannot_order";
        for step in &plan {
            let whole_table = step.starts_with("SCAN ") && !step.contains(" USING ");
            assert!(
                !whole_table || (bounded_count && step == "SCAN c"),
                "{name} reads a whole table: {plan:?}"
            );
        }
        assert!(
            plan.iter().any(|s| s.contains("INDEX") || s.contains("PRIMARY KEY")),
            "{name} reads no index: {plan:?}"
        );
    }
}
