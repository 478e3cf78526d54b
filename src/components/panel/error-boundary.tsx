import { Component, type ReactNode } from 'react'

type Props = { fallback: (error: Error, reset: () => void) => ReactNode; children: ReactNode }
type State = { error: Error | null }

/** Keeps a render error inside one panel: the rest of the page stays up. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  reset = () => this.setState({ error: null })

  render() {
    return this.state.error
      ? this.props.fallback(this.state.error, this.reset)
      : this.props.children
  }
}
