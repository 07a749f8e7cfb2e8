//! The GDAP approval email: built-in English and French texts that ask the
//! customer to approve a relationship, naming each role in plain words, how
//! long it lasts and until when, who may approve, and the approval link with
//! the relationship's Microsoft id. They promise nothing Microsoft does not
//! do: access starts only once approved, and the customer can end it.

use crate::domain::draft::Draft;
use crate::domain::gdap::{parse_time, GdapRelationship, AUTO_EXTEND_DAYS, REQUEST_LAPSES_DAYS};
use crate::domain::profile::Locale;
use crate::error::Error;
use chrono::{DateTime, Datelike, Duration, Utc};

/// What the email says, besides the relationship itself.
#[derive(Debug, Clone)]
pub struct ApprovalValues<'a> {
    pub locale: Locale,
    pub partner_name: &'a str,
    pub sender_name: &'a str,
    pub customer_name: &'a str,
    pub contact_name: Option<&'a str>,
    /// The recipient, `Name <address>`, when known.
    pub to: Option<String>,
    /// When the email is written: "until … if you approve it today".
    pub now: DateTime<Utc>,
}

/// Each catalogued role in plain words: (id, English, French).
const PLAIN_WORDS: &[(&str, &str, &str)] = &[
    ("62e90394-69f5-4237-9190-012177145e10", "full control of your tenant and every service in it", "contrôle total de votre locataire et de tous ses services"),
    ("f2ef992c-3afb-46b9-b7cf-a126ee74c451", "reads every setting and report, and changes nothing", "lit tous les paramètres et rapports, sans rien modifier"),
    ("88d8e3e3-8f55-4a1e-953a-9b9898b8876b", "reads basic directory information (users, groups)", "lit les informations de base de l'annuaire (utilisateurs, groupes)"),
    ("9360feb5-f418-4baa-8175-e2a00bac4301", "reads and updates basic directory information", "lit et met à jour les informations de base de l'annuaire"),
    ("fe930be7-5e62-47db-91af-98c3a49a38b1", "creates and manages users and groups, and resets the passwords of users who are not administrators", "crée et gère les utilisateurs et les groupes, et réinitialise les mots de passe des utilisateurs qui ne sont pas administrateurs"),
    ("729827e3-9c14-49f7-bb1b-9608f156bbb8", "resets the passwords of users who are not administrators, and handles support requests", "réinitialise les mots de passe des utilisateurs qui ne sont pas administrateurs, et traite les demandes d'assistance"),
    ("4d6ac14f-3453-41d0-bef9-a3e0c569773a", "assigns and removes licenses", "attribue et retire les licences"),
    ("f023fd81-a637-4b56-95fd-791ac0226033", "opens support requests with Microsoft and follows service health", "ouvre des demandes de support auprès de Microsoft et suit l'état des services"),
    ("e8611ab8-c189-46e8-94e1-60213ab1f814", "manages who holds which administrator role", "gère qui détient quel rôle d'administrateur"),
    ("7be44c8a-adaf-4e2a-84d6-ab2649e08a13", "manages the sign-in methods of every user, administrators included", "gère les méthodes de connexion de tous les utilisateurs, administrateurs compris"),
    ("9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3", "manages applications and their registrations", "gère les applications et leurs inscriptions"),
    ("158c047a-c907-4556-b7ef-446551a6b5f7", "manages cloud applications and their registrations", "gère les applications cloud et leurs inscriptions"),
    ("3a2c62db-5318-420d-8d74-23affee5d9d5", "manages devices and their policies in Microsoft Intune", "gère les appareils et leurs stratégies dans Microsoft Intune"),
    ("29232cdf-9323-42fd-ade2-1d097af3e4de", "manages Exchange Online mailboxes and mail flow", "gère les boîtes aux lettres et le flux de messagerie d'Exchange Online"),
    ("194ae4cb-b126-40b2-bd5b-6091b380977d", "manages security settings and reads security reports", "gère les paramètres de sécurité et lit les rapports de sécurité"),
    ("5d6b6bb7-de71-4623-b4af-96380a352509", "reads security information and reports", "lit les informations et rapports de sécurité"),
    ("892c5842-a9a6-463a-8041-72aa08ca3cf6", "manages Microsoft Defender for Cloud Apps", "gère Microsoft Defender for Cloud Apps"),
    ("7698a772-787b-4ac8-901f-60d6b08affd2", "enables, disables and deletes devices in your directory", "active, désactive et supprime des appareils de votre annuaire"),
    ("69091246-20e8-4a56-aa4d-066075b2a7a8", "manages Microsoft Teams", "gère Microsoft Teams"),
    ("f28a1f50-f6e7-4571-818b-6a12f2af6b6c", "manages SharePoint and OneDrive", "gère SharePoint et OneDrive"),
    ("0526716b-113d-4c15-b2c8-68e3c22b9f80", "manages the sign-in method policies, multifactor authentication included", "gère les stratégies de méthodes de connexion, authentification multifacteur comprise"),
    ("c4e39bd9-1100-46d3-8c65-fb160da0071f", "manages the sign-in methods of users who are not administrators", "gère les méthodes de connexion des utilisateurs qui ne sont pas administrateurs"),
    ("b0f54661-2d74-4c50-afa3-1ec803f12efe", "makes purchases and manages subscriptions and billing", "effectue des achats et gère les abonnements et la facturation"),
    ("8329153b-31d0-4727-b945-745eb3bc5f31", "manages domain names", "gère les noms de domaine"),
    ("966707d0-3269-4727-9be2-8c3a10f19b9d", "resets the passwords of users who are not administrators", "réinitialise les mots de passe des utilisateurs qui ne sont pas administrateurs"),
    ("fdd7a751-b60b-444a-984c-02652fe8fa1c", "manages groups and their settings", "gère les groupes et leurs paramètres"),
    ("b1be1c3e-b65d-4f19-8427-f6fa0d97feb9", "manages Conditional Access policies", "gère les stratégies d'accès conditionnel"),
    ("17315797-102d-40b4-93e0-432062caca18", "manages compliance settings in Microsoft Purview", "gère les paramètres de conformité dans Microsoft Purview"),
    ("2b745bdf-0803-4d80-aa65-822c4493daac", "manages the cloud settings of the Microsoft 365 apps", "gère les paramètres cloud des applications Microsoft 365"),
    ("11648597-926c-4cf3-9c36-bcebb0ba8dcc", "manages Power Platform environments", "gère les environnements Power Platform"),
    ("44367163-eba1-44c3-98af-f5787879f96a", "manages Dynamics 365", "gère Dynamics 365"),
    ("790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b", "reads the posts of the Microsoft 365 message center", "lit les publications du centre de messages Microsoft 365"),
    ("4a5d8f65-41da-4de4-8968-e035b65339cf", "reads usage reports", "lit les rapports d'utilisation"),
];

/// One line of the role list: the name Microsoft's portal shows, and what
/// it lets us do.
fn role_line(locale: Locale, id: &str, name: Option<&str>) -> String {
    let words = PLAIN_WORDS
        .iter()
        .find(|(rid, _, _)| *rid == id)
        .map(|(_, en, fr)| match locale {
            Locale::En => *en,
            Locale::Fr => *fr,
        });
    match (name, words, locale) {
        (Some(n), Some(w), Locale::En) => format!("- {n}: {w}"),
        (Some(n), Some(w), Locale::Fr) => format!("- {n} : {w}"),
        (Some(n), None, _) => format!("- {n}"),
        (None, _, Locale::En) => format!("- the role with definition id {id}"),
        (None, _, Locale::Fr) => format!("- le rôle d'identifiant {id}"),
    }
}

/// A date as people write it: `1 March 2028`, `1er mars 2028`.
pub fn date_in_words(locale: Locale, t: DateTime<Utc>) -> String {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    let month = t.month0() as usize;
    match locale {
        Locale::En => format!("{} {} {}", t.day(), EN[month], t.year()),
        Locale::Fr if t.day() == 1 => format!("1er {} {}", FR[month], t.year()),
        Locale::Fr => format!("{} {} {}", t.day(), FR[month], t.year()),
    }
}

fn greeting(locale: Locale, contact: Option<&str>) -> String {
    let hello = match locale {
        Locale::En => "Hello",
        Locale::Fr => "Bonjour",
    };
    match contact.map(str::trim).filter(|c| !c.is_empty()) {
        Some(c) => format!("{hello} {c},"),
        None => format!("{hello},"),
    }
}

fn signature(sender: &str, partner: &str) -> String {
    match sender.trim() {
        "" => partner.to_string(),
        s if s == partner.trim() => partner.to_string(),
        s => format!("{s}\n{partner}"),
    }
}

/// The approval email for `relationship`, which must carry its approval
/// link (it awaits approval and has a Microsoft id).
pub fn approval(relationship: &GdapRelationship, v: &ApprovalValues<'_>) -> Result<Draft, Error> {
    let link = relationship.approval_link.clone().ok_or_else(|| {
        Error::conflict(format!(
            "GDAP relationship '{}' has no approval link: it is not awaiting approval, or its Microsoft id is unknown",
            relationship.display_name
        ))
    })?;
    let l = v.locale;
    let roles: Vec<String> = relationship
        .roles
        .iter()
        .map(|r| role_line(l, &r.id, r.name.as_deref()))
        .collect();
    let roles = roles.join("\n");
    let days = relationship.duration_days;
    let until = v
        .now
        .checked_add_signed(Duration::days(i64::from(days)))
        .map(|t| date_in_words(l, t))
        .unwrap_or_default();
    let lapses = relationship
        .request_expires_at
        .as_deref()
        .and_then(parse_time)
        .map(|t| date_in_words(l, t));
    let partner = v.partner_name;
    let customer = v.customer_name;
    let name = &relationship.display_name;
    let (subject, body) = match l {
        Locale::En => {
            let after = if relationship.auto_extend {
                format!("; Microsoft then extends it automatically, {AUTO_EXTEND_DAYS} days at a time, until it is ended")
            } else {
                "; then it ends, and we will ask you again if we still need it".to_string()
            };
            let lapse = match &lapses {
                Some(d) => format!("This request expires on {d} if it is not approved by then."),
                None => format!(
                    "A request that is not approved within {REQUEST_LAPSES_DAYS} days expires."
                ),
            };
            (
                format!("{partner} asks {customer} to approve admin access (Microsoft GDAP)"),
                format!(
                    "{greeting}

{partner} asks for administrative access to the Microsoft tenant of {customer}, so that we can support you there. Microsoft calls this a granular delegated admin privileges (GDAP) relationship; ours is named \"{name}\". It gives us only the roles listed below, only for a limited time, and nothing changes until you approve it.

The roles we ask for:
{roles}

It lasts {days} days from your approval (until {until} if you approve it today){after}.

To approve it, a Global Administrator of your tenant (or, since April 2026, a user with the Customer Delegated Admin Relationship Administrator role) signs in to the Microsoft 365 admin center, opens the link below, reviews the roles and selects Approve:

{link}

{lapse}

You stay in control: the relationship is listed in the Microsoft 365 admin center under Settings > Partner relationships, where you can end it at any time.

If you have any questions, simply reply to this email.

Kind regards,
{signature}
",
                    greeting = greeting(l, v.contact_name),
                    signature = signature(v.sender_name, partner),
                ),
            )
        }
        Locale::Fr => {
            let after = if relationship.auto_extend {
                format!(", puis Microsoft la prolonge automatiquement de {AUTO_EXTEND_DAYS} jours à chaque fois, jusqu'à ce qu'il y soit mis fin")
            } else {
                ", puis elle prend fin ; nous vous la redemanderons si nous en avons encore besoin"
                    .to_string()
            };
            let lapse = match &lapses {
                Some(d) => format!("Cette demande expire le {d} si elle n'est pas approuvée d'ici là."),
                None => format!("Une demande qui n'est pas approuvée dans les {REQUEST_LAPSES_DAYS} jours expire."),
            };
            let de_customer = crate::domain::draft::de(customer);
            (
                format!("{partner} demande à {customer} d'approuver un accès d'administration (Microsoft GDAP)"),
                format!(
                    "{greeting}

{partner} demande un accès d'administration au locataire Microsoft {de_customer}, afin de pouvoir vous y accompagner. Microsoft appelle cela une relation GDAP (privilèges d'administration délégués granulaires) ; la nôtre s'appelle « {name} ». Elle ne nous donne que les rôles ci-dessous, pour une durée limitée, et rien ne change tant que vous ne l'avez pas approuvée.

Les rôles demandés :
{roles}

Elle dure {days} jours à compter de votre approbation (jusqu'au {until} si vous l'approuvez aujourd'hui){after}.

Pour l'approuver, un administrateur général (Global Administrator) de votre locataire, ou, depuis avril 2026, un utilisateur ayant le rôle Customer Delegated Admin Relationship Administrator, se connecte au centre d'administration Microsoft 365, ouvre le lien ci-dessous, vérifie les rôles et choisit « Approuver » :

{link}

{lapse}

Vous gardez la main : la relation figure dans le centre d'administration Microsoft 365, sous Paramètres > Relations avec les partenaires, où vous pouvez y mettre fin à tout moment.

Pour toute question, il vous suffit de répondre à ce message.

Cordialement,
{signature}
",
                    greeting = greeting(l, v.contact_name),
                    signature = signature(v.sender_name, partner),
                ),
            )
        }
    };
    Ok(Draft {
        to: v.to.clone(),
        subject,
        body,
        link,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::gdap::ROLES;

    #[test]
    fn every_catalogued_role_has_plain_words() {
        for (name, id) in ROLES {
            assert!(
                PLAIN_WORDS.iter().any(|(rid, _, _)| rid == id),
                "{name} has no plain words"
            );
        }
    }

    #[test]
    fn dates_read_as_words() {
        let t = parse_time("2028-03-01T10:00:00Z").unwrap();
        assert_eq!(date_in_words(Locale::En, t), "1 March 2028");
        assert_eq!(date_in_words(Locale::Fr, t), "1er mars 2028");
    }
}
