/** Empty on purpose: layout.tsx draws the friendly page, since it knows which link was asked for. */
export default function ShortLinkNotFound() {
  return null;
}
