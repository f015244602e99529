import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Strings } from "../i18n";

interface Props {
  strings: Strings;
  children: React.ReactNode;
}
interface State {
  error: Error | null;
}

/** Never a blank pane: any render error shows what happened and what to do. */
export class ErrorBoundary extends React.Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: React.ErrorInfo): void {
    console.error("zhibiao pane error", error, info.componentStack);
  }

  override render(): React.ReactNode {
    const { error } = this.state;
    const s = this.props.strings;
    if (!error) return this.props.children;
    return (
      <div role="alert" style={{ padding: 16, display: "flex", flexDirection: "column", gap: 12 }}>
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>
            <MessageBarTitle>{s.crashTitle}</MessageBarTitle>
            {s.crashBody}
          </MessageBarBody>
        </MessageBar>
        <details>
          <summary>{s.details}</summary>
          <pre style={{ whiteSpace: "pre-wrap", fontSize: 12 }}>{error.message}</pre>
        </details>
        <Button appearance="primary" onClick={() => this.setState({ error: null })}>
          {s.restart}
        </Button>
      </div>
    );
  }
}
