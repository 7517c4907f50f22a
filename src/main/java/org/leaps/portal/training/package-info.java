/**
 * Training and certification: courses and conferences, enrollment with a waitlist, attendance and
 * completion, the hours log that a counselor's training facts are derived from, who is current or
 * expiring, reminders, and conference check-in. Reaches counselors only through {@link
 * org.leaps.portal.counselor.CounselorTraining}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package org.leaps.portal.training;
