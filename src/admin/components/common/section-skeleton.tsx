import { Container, Skeleton } from "@medusajs/ui"

type SectionSkeletonProps = { rows?: number; withContainer?: boolean }

/** Placeholder for a section whose data is loading. */
export const SectionSkeleton = ({ rows = 3, withContainer = true }: SectionSkeletonProps) => {
  const body = (
    <div className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true" aria-label="Loading">
      <Skeleton className="h-7 w-1/3" />
      {Array.from({ length: rows }).map((_, index) => (
        <Skeleton key={index} className="h-5 w-full" />
      ))}
    </div>
  )
  return withContainer ? <Container className="p-0">{body}</Container> : body
}
