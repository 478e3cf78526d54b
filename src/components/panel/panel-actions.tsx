import { createContext, type ReactNode, useContext } from 'react'

const PanelActionsContext = createContext<ReactNode>(null)

/**
 * Actions for the header of the panel inside (a button, a menu), chosen by whoever places the
 * panel: the app puts the embed action there, and the feature panels need not know about it.
 */
export function PanelActions({ actions, children }: { actions: ReactNode; children: ReactNode }) {
  return <PanelActionsContext value={actions}>{children}</PanelActionsContext>
}

/** The header actions of the panel being drawn; null outside a PanelActions. */
export function usePanelActions(): ReactNode {
  return useContext(PanelActionsContext)
}
