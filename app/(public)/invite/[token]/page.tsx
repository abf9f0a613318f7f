import { CircleAlert } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { invitationTokenSchema, openInvitation } from "@/lib/auth/invitations";
import { roleName } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { AccountHeading } from "../../account-heading";
import styles from "../../account-form.module.css";
import { AcceptInvitationForm } from "./accept-invitation-form";

export async function generateMetadata() {
  const t = await getTranslations("auth.invite");
  return { title: t("title") };
}

// What the link offers is read here, on the server, as GET /api/invite/:token reads it, so the
// page arrives complete. A link that was used, has expired or was withdrawn says so and what to do.
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await openIfValid(token);
  const t = await getTranslations("auth.invite");
  const roles = await getTranslations("accounts.roles");
  if (!invitation) {
    return (
      <>
        <AccountHeading title={t("goneTitle")} />
        <div className="alert alert-error" role="alert">
          <CircleAlert aria-hidden size={16} className="alert-icon" />
          <span>{t("goneMessage")}</span>
        </div>
        <p className={styles.note}>{t.rich("haveAccount", { link: (chunks) => <Link href="/sign-in">{chunks}</Link> })}</p>
      </>
    );
  }
  return (
    <>
      <AccountHeading title={t("title")}>
        {t.rich("lead", {
          invitedBy: invitation.invitedBy,
          article: article(roleName(invitation.role)),
          role: roles(invitation.role),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </AccountHeading>
      <dl className={styles.facts}>
        <dt>{t("invitedBy")}</dt>
        <dd>{invitation.invitedBy}</dd>
        <dt>{t("role")}</dt>
        <dd>{roles(invitation.role)}</dd>
      </dl>
      <AcceptInvitationForm token={token} email={invitation.email} />
    </>
  );
}

async function openIfValid(token: string) {
  if (!invitationTokenSchema.safeParse(token).success) return null;
  try {
    return await openInvitation(token);
  } catch (error) {
    if (error instanceof AppError && error.code === "INVITATION_GONE") return null;
    throw error;
  }
}

const article = (name: string) => (/^[AEIOU]/.test(name) ? "an" : "a");
