import { z } from "zod";
import { message } from "@/lib/i18n/validation";

// What a password must be (issue 11): at least 12 characters, at most 256 (scrypt's input need
// not be unbounded), and not one of the passwords people pick most often. The list holds the
// well-known ones that are 12 characters or longer (shorter ones are refused by length), in
// lower case; a password matches it whatever its case.

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

const COMMON_PASSWORDS = new Set([
  "123456789012",
  "1234567890123",
  "12345678901234",
  "123456789101112",
  "1q2w3e4r5t6y",
  "1qaz2wsx3edc",
  "aaaaaaaaaaaa",
  "abcdefghijkl",
  "abc123abc123",
  "administrator",
  "changemechangeme",
  "iloveyou1234",
  "letmein12345",
  "passw0rd1234",
  "password1234",
  "password12345",
  "password123456",
  "password!123",
  "passwordpassword",
  "qazwsxedcrfv",
  "qwerty123456",
  "qwertyuiop12",
  "qwertyuiop123",
  "qwertyuiopasdfgh",
  "welcome12345",
  "welcome123456",
  "zaq12wsxcde3",
  "000000000000",
  "111111111111",
  "123123123123",
  "112233445566",
  "987654321098",
  "hookflow1234",
  "hookflowhookflow",
]);

export const passwordSchema = z
  .string(message("password.required"))
  .min(MIN_PASSWORD_LENGTH, message("password.tooShort", { min: String(MIN_PASSWORD_LENGTH) }))
  .max(MAX_PASSWORD_LENGTH, message("password.tooLong", { max: String(MAX_PASSWORD_LENGTH) }))
  .refine((password) => !COMMON_PASSWORDS.has(password.toLowerCase()), message("password.common"))
  .refine((password) => new Set(password).size > 3, message("password.variety"));
