// An empty icon, so the page logs no 404 for /favicon.ico.
export const metadata = {title: 'microneedle-guide in Next.js', icons: {icon: 'data:,'}};

export default function RootLayout({children}) {
  return (
    <html lang="en">
      <body style={{margin: 0, fontFamily: 'system-ui, sans-serif', color: '#1d2730', background: '#fafbfb'}}>
        {children}
      </body>
    </html>
  );
}
