// A small fixed-size image (avatar, thumbnail) through Next's image optimiser without shipping the
// next/image client component in the chat's first load. Widths are among Next's default imageSizes
// and the quality is its default, so the optimiser accepts both.
const QUALITY = 75;

function optimised(src: string, width: number): string {
  return `/_next/image?url=${encodeURIComponent(src)}&w=${width}&q=${QUALITY}`;
}

interface SmallImageProps {
  src: string;
  /** Shown size in CSS pixels; 1x and 2x sources are requested at the next optimiser width. */
  size: 32 | 48 | 64;
  className?: string;
  priority?: boolean;
}

export function SmallImage({ src, size, className, priority = false }: SmallImageProps) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- sized sources come from the optimiser above
    <img
      src={optimised(src, size * 2)}
      srcSet={`${optimised(src, size)} 1x, ${optimised(src, size * 2)} 2x`}
      alt=""
      width={size}
      height={size}
      decoding="async"
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : 'auto'}
      className={className}
    />
  );
}
