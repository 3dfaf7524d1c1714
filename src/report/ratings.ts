import { z } from "zod";

/** Progress of a strategic objective as printed; `null` is a blank cell ("Awaiting Update" in the report's key). */
export const progressRatingSchema = z.enum(["Complete", "Good", "Review", "Action"]).nullable();
export type ProgressRating = z.infer<typeof progressRatingSchema>;

/** Performance of a measure against its target as printed (case normalised); `null` is a blank cell ("No target"). */
export const performanceRatingSchema = z.enum(["Strong", "Good", "Review", "Action"]).nullable();
export type PerformanceRating = z.infer<typeof performanceRatingSchema>;
