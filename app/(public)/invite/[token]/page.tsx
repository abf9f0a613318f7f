import { CircleAlert } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { invitationTokenSchema, openInvitation } from "@/lib/auth/invitations";
import { roleName } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { AccountHeading } from "../../account-heading";
import styles from "../../account-form.module.css";
import { AcceptInvitationForm } from "./accept-invitation-form";

export const metadata: Metadata = { title: "Join Hookflow" };

// What the link offers is read here, on the server, as GET /api/invite/:token reads it, so the
// page arrives complete. A link that was used, has expired or was withdrawn says so and what to do.
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await openIfValid(token);
  if (!invitation) {
    return (
      <>
        <AccountHeading title="This invitation link no longer works" />
        <div className="alert alert-error" role="alert">
          <CircleAlert aria-hidden size={16} className="alert-icon" />
          <span>This link was used, expired or withdrawn; ask an admin for a new one. Links work once, for 7 days.</span>
        </div>
        <p className={styles.note}>
          Already have an account? <Link href="/sign-in">Sign in</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <AccountHeading title="Join Hookflow">
        {invitation.invitedBy} invited you to Hookflow as {article(roleName(invitation.role))} <strong>{roleName(invitation.role)}</strong>.
        Create your account to accept.
      </AccountHeading>
      <dl className={styles.facts}>
        <dt>Invited by</dt>
        <dd>{invitation.invitedBy}</dd>
        <dt>Role</dt>
        <dd>{roleName(invitation.role)}</dd>
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
