import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorState } from './ErrorState';

/** Props of an error boundary. */
export interface ErrorBoundaryProps {
  /** Names the view in the message ("The timeline"). */
  view: string;
  children: ReactNode;
  /** Changing this key clears a caught error (e.g. the film id). */
  resetKey?: string | null;
}

interface State {
  error: Error | null;
  key: string | null | undefined;
}

/** Catches a render error in one view and shows a designed error with "Try again", never a white page. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for developers; the viewer sees the designed message.
    console.warn(`${this.props.view} failed to render`, error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <ErrorState
          title={`${this.props.view} could not be shown`}
          message={this.state.error.message || 'Something went wrong while drawing this view.'}
          onRetry={() => this.setState({ error: null })}
          retryLabel="Try again"
        />
      );
    }
    return this.props.children;
  }
}
