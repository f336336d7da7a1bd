import { Bone } from '../ui/side-panel';

/** The cart's shape while it loads: a few lines and the summary. */
export function CartSkeleton({ label }: { label: string }) {
  return (
    <div aria-busy className="flex min-h-0 flex-1 flex-col px-4 pt-4">
      <p role="status" className="sr-only">
        {label}
      </p>
      <ul aria-hidden className="flex flex-col gap-4">
        {[0, 1].map((index) => (
          <li key={index} className="flex gap-3">
            <Bone className="size-16 shrink-0 rounded-lg" />
            <div className="flex flex-1 flex-col gap-2">
              <Bone className="h-4 w-3/4 rounded-md" />
              <Bone className="h-4 w-1/3 rounded-md" />
              <Bone className="h-8 w-28 rounded-full" />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
