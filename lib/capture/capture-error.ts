// A capture that cannot be made, said in a plain sentence shown next to the address field.
import { AppError } from "@/lib/errors";

export class CaptureError extends AppError {
  constructor(message: string) {
    super("invalid", message, { url: [message] });
    this.name = "CaptureError";
  }
}
