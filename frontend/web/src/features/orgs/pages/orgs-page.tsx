export default function OrgsPage() { return <div>orgs</div>; }
