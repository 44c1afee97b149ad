// The raw tags in JSX, with React's own props (role, onClick, suppressHydrationWarning, refs…).
import 'post-embeds/types/react';
