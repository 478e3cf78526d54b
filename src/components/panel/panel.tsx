import { type ReactNode, useId } from 'react'
import { ApiError } from '#src/api/api-client.ts'
import { errorText } from '#src/api/api-error-text.ts'
import type { Locale } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import { ErrorBoundary } from './error-boundary.tsx'
import { usePanelActions } from './panel-actions.tsx'

type PanelProps<T> = {
  title: string
  locale: Locale
  query: {
    data: T | undefined
    error: Error | null
    isPending: boolean
    isFetching: boolean
    refetch: () => Promise<unknown>
  }
  /** True when the data holds nothing to show. */
  isEmpty?: (data: T) => boolean
  /** Reserved height, so that nothing below shifts when the data arrives. */
  minHeight?: number
  className?: string
  children: (data: T) => ReactNode
}

/** A region of the page with its own loading, error (with retry), empty and data states. */
export function Panel<T>({
  title,
  locale,
  query,
  isEmpty,
  minHeight,
  className,
  children,
}: PanelProps<T>) {
  const headingId = useId()
  const actions = usePanelActions()
  const heading = <h2 id={headingId}>{title}</h2>
  return (
    <section
      className={`panel ${className ?? ''}`}
      aria-labelledby={headingId}
      aria-busy={query.isFetching}
      style={minHeight ? { minHeight } : undefined}
    >
      {actions ? (
        <div className="panel-header">
          {heading}
          {actions}
        </div>
      ) : (
        heading
      )}
      <ErrorBoundary
        fallback={(error, reset) => (
          <ErrorState
            locale={locale}
            title={t('panelCrashed', locale)}
            error={error}
            onRetry={() => {
              reset()
              void query.refetch()
            }}
          />
        )}
      >
        <PanelBody locale={locale} query={query} isEmpty={isEmpty}>
          {children}
        </PanelBody>
      </ErrorBoundary>
    </section>
  )
}

function PanelBody<T>({ locale, query, isEmpty, children }: Omit<PanelProps<T>, 'title'>) {
  if (query.isPending && !query.error) {
    return (
      <p className="panel-status" role="status">
        {t('loading', locale)}
      </p>
    )
  }
  if (query.error || query.data === undefined) {
    return (
      <ErrorState
        locale={locale}
        title={t('errorTitle', locale)}
        error={query.error ?? new Error('No data')}
        retrying={query.isFetching}
        onRetry={() => void query.refetch()}
      />
    )
  }
  if (isEmpty?.(query.data)) {
    return <p className="panel-status">{t('empty', locale)}</p>
  }
  return <>{children(query.data)}</>
}

type ErrorStateProps = {
  locale: Locale
  title: string
  error: Error
  retrying?: boolean
  onRetry: () => void
}

export function ErrorState({ locale, title, error, retrying, onRetry }: ErrorStateProps) {
  const { message, details } = errorText(error, locale)
  return (
    <div className="panel-error" role="alert">
      <p className="panel-error-title">{title}</p>
      <p>{message}</p>
      {details.length > 0 && (
        // The API's own words and the contract's reasons, as technical lines: not translated.
        <ul className="panel-error-details" lang="en">
          {details.slice(0, 8).map((line) => (
            <li key={line}>{line}</li>
          ))}
          {details.length > 8 && <li>… +{details.length - 8}</li>}
        </ul>
      )}
      {error instanceof ApiError && <p className="panel-error-url">{error.url}</p>}
      <button type="button" onClick={onRetry} disabled={retrying}>
        {t('retry', locale)}
      </button>
    </div>
  )
}
