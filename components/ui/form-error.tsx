import { CircleAlert } from "lucide-react";

/** A form-level error (the API's message); field errors sit next to their fields. */
export function FormError({ message }: { message: string }) {
  return (
    <div className="alert alert-error" role="alert">
      <CircleAlert aria-hidden size={16} className="alert-icon" />
      <span>{message}</span>
    </div>
  );
}
