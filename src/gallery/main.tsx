import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { Gallery } from './gallery.tsx'
import '#src/app/app.css'
import './gallery.css'

// The host script a portal includes with its snippet sizes the preview frames here too. It is
// loaded as is from the site root (public/embed.js), not bundled, exactly as a portal loads it.
const host = document.createElement('script')
host.src = new URL('embed.js', document.baseURI).href
host.async = true
document.head.append(host)

const root = document.getElementById('root')
if (!root) throw new Error('gallery.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <Gallery />
  </StrictMode>,
)
