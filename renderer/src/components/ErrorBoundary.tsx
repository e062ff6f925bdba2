import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What to show instead of `children` once one of them failed to render. */
  fallback: (error: unknown) => ReactNode;
  /** A change of this value (another screen, another version of the note) tries `children` again. */
  resetKey?: unknown;
  children: ReactNode;
}

interface ErrorBoundaryState {
  failed: { error: unknown; resetKey: unknown } | undefined;
}

/**
 * Keeps a failure to render one part (a note, a screen) from unmounting the whole app: that part shows
 * `fallback`, everything around it stays usable. The error goes to the console for the developer.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: undefined };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { failed: { error, resetKey: undefined } };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    if (!state.failed) return null;
    if (state.failed.resetKey === undefined) return { failed: { ...state.failed, resetKey: props.resetKey } };
    return state.failed.resetKey === props.resetKey ? null : { failed: undefined };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.state.failed.error) : this.props.children;
  }
}
