import { Component, type ErrorInfo, type ReactNode } from "react";

interface State {
  error: Error | null;
}

/** A bug in one page shows a plain message with a way out, instead of a blank screen. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("Ledgerbridge web app crashed", error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main id="main" className="centered">
        <div className="card" role="alert">
          <h1>Something went wrong</h1>
          <p>This page hit an error in the app: {this.state.error.message}</p>
          <p>
            <a href="/">Reload Ledgerbridge</a>
          </p>
        </div>
      </main>
    );
  }
}
