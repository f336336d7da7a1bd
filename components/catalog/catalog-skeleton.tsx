import { Bone } from '../ui/side-panel';

/** The catalog's shape while it loads: a search box, chips and a grid of cards. */
export function CatalogSkeleton({ label }: { label: string }) {
  return (
    <div aria-busy className="flex min-h-0 flex-1 flex-col gap-3 overflow-hidden px-3 pt-3 sm:px-4">
      <p role="status" className="sr-only">
        {label}
      </p>
      <Bone className="h-11 w-full rounded-full" />
      <div className="flex gap-2">
        <Bone className="h-8 w-14 rounded-full" />
        <Bone className="h-8 w-20 rounded-full" />
        <Bone className="h-8 w-28 rounded-full" />
      </div>
      <ul aria-hidden className="grid grid-cols-2 gap-3">
        {[0, 1, 2, 3].map((index) => (
          <li key={index} className="flex flex-col gap-2">
            <Bone className="aspect-square w-full rounded-xl" />
            <Bone className="h-4 w-4/5 rounded-md" />
            <Bone className="h-4 w-1/2 rounded-md" />
          </li>
        ))}
      </ul>
    </div>
  );
}
