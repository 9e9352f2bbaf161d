-- AlterEnum
ALTER TYPE "Decision" ADD VALUE 'WITHDRAW';

-- AlterEnum
ALTER TYPE "ReportStatus" ADD VALUE 'WITHDRAWN';
