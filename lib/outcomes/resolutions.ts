import { Resolution } from '@/lib/generated/prisma/enums';

/** The resolutions an outcome may have, in the order the filters offer them. */
export const RESOLUTIONS = Object.values(Resolution);
