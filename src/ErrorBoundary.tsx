// One failing part (map, panel, list) must never blank the page: each is wrapped in this
// boundary, which shows what failed and a Retry that renders the part again.
import { Component, type ReactNode } from 'react';

interface Props {
  /** What the reader loses, e.g. "The map". */
  part: string;
  /** Called by Retry before the part renders again: e.g. to load again what failed to load. */
  onRetry?: () => void;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    console.error(`${this.props.part} failed:`, error);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="part-failed" role="alert">
        <p>
          {this.props.part} could not be shown ({error.message}). The rest of the page still works.
        </p>
        <button
          type="button"
          onClick={() => {
            this.props.onRetry?.();
            this.setState({ error: null });
          }}
        >
          Retry
        </button>
      </div>
    );
  }
}
